package io.ordertrail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aProblemIsShownNextToItsField() {
        assertThat(Messages.clientIdOf("orderForm", "customer")).isEqualTo("orderForm:customer");
    }

    @Test
    void aProblemWithALineIsShownNextToThatLinesField() {
        assertThat(Messages.clientIdOf("orderForm", "lines[2].quantity")).isEqualTo("orderForm:lines:2:quantity");
    }
}
