package io.ordertrail.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.platform.InputRejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading an uploaded CSV file: every bad row with its line number and reason, or every row's values. */
class CsvTableTest {

    private record Price(long line, String code, BigDecimal price, LocalDate from) {}

    private static CsvTable.Read<Price> read(String csv) {
        return CsvTable.parse(csv, List.of("code", "unit_price", "effective_from"), List.of())
                .read(r -> new Price(r.line(), r.code("code"), r.price("unit_price"), r.date("effective_from")));
    }

    /** The values of a file with no problem; rejects it otherwise, as an import does. */
    private static List<Price> prices(String csv) {
        CsvTable.Read<Price> read = read(csv);
        CsvTable.rejectIfAny(read.problems());
        return read.values();
    }

    @Test
    void goodRowsBecomeValuesWithTheLineNumbersOfTheFile() {
        List<Price> rows =
                prices("\uFEFFCode,Unit_Price,effective_from\nPNT-1, 12.50 ,2026-12-01\n\n\"RLR-2\",3,2027-01-01\n");
        assertThat(rows)
                .containsExactly(
                        new Price(2, "PNT-1", new BigDecimal("12.50"), LocalDate.of(2026, 12, 1)),
                        new Price(4, "RLR-2", new BigDecimal("3"), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void everyBadRowIsReportedWithItsLineNumberAndReason() {
        assertThatThrownBy(() -> prices("code,unit_price,effective_from\nPNT-1,12.50,2026-12-01\n"
                        + ",abc,2026-13-01\nPNT-3,-4,2026-12-01\n"))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.getProblems())
                                .extracting(InputRejected.Problem::message)
                                .containsExactly(
                                        "Line 3: code is empty; unit_price \"abc\" is not a number (use a dot for decimals, e.g. 12.50); "
                                                + "effective_from \"2026-13-01\" is not a date like 2026-12-01.",
                                        "Line 4: unit_price \"-4\" must be above 0 with at most 2 decimals."));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() {
        assertThatThrownBy(() -> prices("code;price\nPNT-1;12\n"))
                .isInstanceOf(InputRejected.class)
                .hasMessageContaining("the header must name the columns code, unit_price, effective_from");
    }

    @Test
    void aFileWithOnlyAHeaderHasNothingToImport() {
        assertThatThrownBy(() -> prices("code,unit_price,effective_from\n"))
                .isInstanceOf(InputRejected.class)
                .hasMessageContaining("no rows");
    }

    @Test
    void aKeyRepeatedOnALaterLineIsReportedThere() {
        List<Price> rows = prices("code,unit_price,effective_from\nA,1,2026-12-01\nB,1,2026-12-01\nA,2,2026-12-01\n");
        assertThat(CsvTable.repeatedKeys(rows, Price::code, Price::line, "product"))
                .extracting(InputRejected.Problem::message)
                .containsExactly("Line 4: product A appears on an earlier line too; keep one row for it.");
    }

    @Test
    void theProblemsOfUnreadableRowsAndOfGoodRowsAreListedTogetherInTheFilesOrder() {
        CsvTable.Read<Price> read =
                read("code,unit_price,effective_from\nA,1,2026-12-01\nB,x,2026-12-01\nA,2,2026-12-01\nC,1,bad\n");
        List<InputRejected.Problem> problems = new java.util.ArrayList<>(read.problems());
        problems.addAll(CsvTable.repeatedKeys(read.values(), Price::code, Price::line, "product"));

        assertThatThrownBy(() -> CsvTable.rejectIfAny(problems))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.getProblems())
                                .extracting(InputRejected.Problem::field)
                                .containsExactly("line 3", "line 4", "line 5"));
    }

    @Test
    void anUnclosedQuoteIsNamedInTheFilesTermsWithItsLineAndNoJavaClass() {
        assertThatThrownBy(() ->
                        prices("code,unit_price,effective_from\nA,1,2026-12-01\n\"B,2,2026-12-01\nC,3,2026-12-01\n"))
                .isInstanceOf(InputRejected.class)
                .hasMessageContaining("Line 3: a value in double quotes (\") is never closed")
                .hasMessageContaining("write a quote inside a value as two")
                .message()
                .doesNotContain("org.apache", "Exception");
    }

    @Test
    void textAfterAClosingQuoteIsNamedPlainly() {
        assertThatThrownBy(() -> prices("code,unit_price,effective_from\n\"A\"x,1,2026-12-01\n"))
                .isInstanceOf(InputRejected.class)
                .hasMessageContaining("goes on after its closing quote")
                .message()
                .doesNotContain("org.apache", "Exception");
    }
}
