package io.ordertrail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://evil\")|'=HYPERLINK(\"http://evil\")",
                "+44 7700 900123|'+44 7700 900123",
                "-2+3|'-2+3",
                "@SUM(A1)|'@SUM(A1)",
                "Acme Hardware Ltd|Acme Hardware Ltd",
                "ORD-2026-000001|ORD-2026-000001",
                "114.70|114.70"
            })
    void aCellThatASpreadsheetWouldRunAsAFormulaIsKeptAsText(String value, String exported) {
        assertThat(Exports.formulaSafe(value)).isEqualTo(exported);
    }
}
