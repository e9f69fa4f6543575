package io.ordertrail.orders.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewOrderViewTest {

    @Test
    void eachProblemIsShownNextToTheComponentItNames() {
        assertThat(NewOrderView.clientIdOf("customer")).isEqualTo("orderForm:customer");
        assertThat(NewOrderView.clientIdOf("lines[2].quantity")).isEqualTo("orderForm:lines:2:quantity");
        assertThat(NewOrderView.clientIdOf("lines[0].product")).isEqualTo("orderForm:lines:0:product");
    }
}
