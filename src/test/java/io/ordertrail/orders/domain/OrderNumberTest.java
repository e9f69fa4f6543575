package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderNumberTest {

    @Test
    void anOrderNumberNamesTheYearAndASixDigitSequence() {
        assertThat(OrderNumber.of(2026, 123)).hasToString("ORD-2026-000123");
        assertThat(OrderNumber.of(2027, 1_234_567)).hasToString("ORD-2027-1234567");
    }

    @Test
    void onlyWellFormedNumbersAreRecognised() {
        assertThat(OrderNumber.isWellFormed("ORD-2026-000123")).isTrue();
        assertThat(OrderNumber.isWellFormed("ORD-26-123")).isFalse();
        assertThat(OrderNumber.isWellFormed("ord-2026-000123")).isFalse();
        assertThat(OrderNumber.isWellFormed(null)).isFalse();
    }

    @Test
    void aNumberAsTypedIsReadInAnyCaseAndSomethingElseIsNone() {
        assertThat(OrderNumber.parse(" ord-2026-000123 ")).contains(new OrderNumber("ORD-2026-000123"));
        assertThat(OrderNumber.parse("123")).isEmpty();
        assertThat(OrderNumber.parse("ORD-2026-12")).isEmpty();
        assertThat(OrderNumber.parse(null)).isEmpty();
    }

    @Test
    void onlyAnOrderNumberMakesAnOrderNumber() {
        assertThatThrownBy(() -> new OrderNumber("ORD-2026-12")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSequenceBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> OrderNumber.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
