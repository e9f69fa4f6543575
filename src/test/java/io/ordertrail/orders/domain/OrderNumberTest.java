package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderNumberTest {

    @Test
    void anOrderNumberNamesTheYearAndASixDigitSequence() {
        assertThat(OrderNumber.of(2026, 123)).isEqualTo("ORD-2026-000123");
        assertThat(OrderNumber.of(2027, 1_234_567)).isEqualTo("ORD-2027-1234567");
    }

    @Test
    void onlyWellFormedNumbersAreRecognised() {
        assertThat(OrderNumber.isWellFormed("ORD-2026-000123")).isTrue();
        assertThat(OrderNumber.isWellFormed("ORD-26-123")).isFalse();
        assertThat(OrderNumber.isWellFormed("ord-2026-000123")).isFalse();
        assertThat(OrderNumber.isWellFormed(null)).isFalse();
    }

    @Test
    void aSequenceBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> OrderNumber.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
