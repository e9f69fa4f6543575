package io.ordertrail.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void aGtin14WithLeadingZerosIsAlsoItsShorterForms() {
        assertThat(Gtin.forms("01234567890123")).containsExactly("01234567890123", "1234567890123");
        assertThat(Gtin.forms("00000012345670"))
                .containsExactly("00000012345670", "0000012345670", "000012345670", "12345670");
        assertThat(Gtin.forms("1234567890123")).containsExactly("01234567890123", "1234567890123");
    }

    @Test
    void everyLengthIsNormalisedToGtin14AndAnythingElseIsLeftAsItIs() {
        assertThat(Gtin.normalised("12345670")).isEqualTo("00000012345670");
        assertThat(Gtin.normalised("123456789012")).isEqualTo("00123456789012");
        assertThat(Gtin.normalised("12345")).isNull();
        assertThat(Gtin.forms("ABC-1")).containsExactly("ABC-1");
    }
}
