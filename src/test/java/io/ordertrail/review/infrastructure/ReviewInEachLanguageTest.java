package io.ordertrail.review.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.review.domain.OrderValue;
import io.ordertrail.review.domain.PeriodFigures;
import io.ordertrail.review.domain.PromiseFigures;
import io.ordertrail.review.domain.QualityFigures;
import io.ordertrail.review.domain.RequestFigures;
import io.ordertrail.review.domain.ReviewLine;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.domain.Stage;
import io.ordertrail.review.domain.StageTime;
import io.ordertrail.review.domain.Trend;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The manager's review, its report and its workbook, in each shipped language: the same figures, worded and written
 * as the reader's language does. The figures are made up for this test (March 2031 against February), each worked out
 * in its comment.
 */
class ReviewInEachLanguageTest {

    private static final Texts ENGLISH = Texts.in(Locale.ENGLISH);
    private static final Texts GERMAN = Texts.in(Locale.GERMAN);

    private static final ReviewReport MARCH = new ReviewReport(march(), february());

    /** March: 40 orders, 3 of them flagged (7.5 %), 2 amended for our error on 1 order, worth 12,345.60 GBP net. */
    private static PeriodFigures march() {
        ReviewPeriod period = ReviewPeriod.month(YearMonth.of(2031, 3));
        Map<Stage, StageTime> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.RECEIVED_TO_RECORDED, new StageTime(40, Duration.ofMinutes(125), Duration.ofHours(5)));
        // the longest median: the bottleneck
        stages.put(Stage.CONFIRMED_TO_LEFT, new StageTime(30, Duration.ofHours(23), Duration.ofHours(30)));
        return new PeriodFigures(
                period,
                40,
                Map.of(Channel.PHONE, 25L, Channel.EMAIL, 15L),
                Map.of("anna", 40L),
                Trend.of(period, Map.of(LocalDate.of(2031, 3, 3), 40L)),
                stages,
                Map.of(),
                new QualityFigures(
                        3,
                        Map.of(FlagType.HIGH_VALUE, 3L),
                        2,
                        1,
                        0,
                        Map.of(AmendmentReason.ENTRY_CORRECTION, 2L),
                        Map.of(io.ordertrail.orders.domain.AmendmentOrigin.OUR_ERROR, 1L),
                        0,
                        1,
                        Map.of()),
                new PromiseFigures(30, 27, 3, 2L, 4L),
                new RequestFigures(
                        Map.of(SpecialRequestType.PACKAGING, 2L),
                        Map.of(RequestDecision.ACCEPTED, 2L),
                        new StageTime(2, Duration.ofHours(1), Duration.ofHours(2)),
                        0),
                Map.of("GBP", new OrderValue(40, new BigDecimal("12345.60"), new BigDecimal("2469.12"))));
    }

    /** February: 1 phone order, nothing else. */
    private static PeriodFigures february() {
        ReviewPeriod period = ReviewPeriod.month(YearMonth.of(2031, 2));
        return new PeriodFigures(
                period,
                1,
                Map.of(Channel.PHONE, 1L),
                Map.of("anna", 1L),
                Trend.of(period, Map.of()),
                Map.of(),
                Map.of(),
                new QualityFigures(0, Map.of(), 0, 0, 0, Map.of(), Map.of(), 0, 0, Map.of()),
                new PromiseFigures(0, 0, 0, null, null),
                new RequestFigures(Map.of(), Map.of(), StageTime.NONE, 0),
                Map.of());
    }

    @Test
    void theReportReadsInEnglishWithEnglishNumbers() {
        String text = ReviewText.of(MARCH, ENGLISH);

        assertThat(ReviewText.title(MARCH, ENGLISH)).isEqualTo("Order desk review: March 2031");
        assertThat(text)
                .contains(
                        "Orders received 2031-03-01 to 2031-03-31, set against February 2031 (2031-02-01 to 2031-02-28).",
                        "VOLUME (this period / previous period)",
                        "Received to recorded: 40 orders, median 2 h 05 min, 90th percentile 5 h 00 min / 0 orders",
                        "BOTTLENECK: Confirmed to dispatched or picked up (median 23 h 00 min)",
                        "net, GBP: 12,345.60 / 0.00",
                        "Orders flagged: 3 (7.5 %) / 0 (0 %)",
                        "flagged: high value: 3 (7.5 %)",
                        "amendments: our error: 5 (1 order) / 0 (0 orders)",
                        "Dispatched or ready by the first promised date: 27 of 30 (90 %) / -",
                        "Later than promised: median, most days late: 3 orders: 2, 4 days / none")
                .containsPattern("All channels\\s+40 / 1");
    }

    @Test
    void theReportReadsInGermanWithGermanNumbersAndDatesAndNoEnglishWord() {
        String text = ReviewText.of(MARCH, GERMAN);

        assertThat(ReviewText.title(MARCH, GERMAN)).isEqualTo("Auswertung des Auftragsdesks: März 2031");
        assertThat(text)
                .contains(
                        "Aufträge eingegangen vom 01.03.2031 bis 31.03.2031, verglichen mit Februar 2031"
                                + " (01.02.2031 bis 28.02.2031).",
                        "MENGE (dieser Zeitraum / voriger Zeitraum)",
                        "Eingegangen bis erfasst: 40 Aufträge, Median 2 h 05 min, 90. Perzentil 5 h 00 min",
                        "ENGPASS: Bestätigt bis versandt oder abgeholt (Median 23 h 00 min)",
                        "netto, GBP: 12.345,60 / 0,00",
                        "Markierte Aufträge: 3 (7,5 %) / 0 (0 %)",
                        "markiert: Hoher Wert: 3 (7,5 %)",
                        "Änderungen: Unser Fehler: 5 (1 Auftrag) / 0 (0 Aufträge)",
                        "Bis zum ersten zugesagten Termin versandt oder bereit: 27 von 30 (90 %) / -",
                        "3 Aufträge: 2, 4 Tage / keine")
                .containsPattern("Alle Kanäle\\s+40 / 1")
                .doesNotContainPattern(
                        "\\b([Oo]rders?|median|received|to|of|previous|period|flagged|amendments|net|gross|VAT)\\b");
    }

    @Test
    void theDashboardsFiguresAreWordedInTheReadersLanguage() {
        List<ReviewLine> german = ReviewLine.quality(MARCH, GERMAN);
        List<ReviewLine> english = ReviewLine.quality(MARCH, ENGLISH);

        assertThat(german)
                .extracting(ReviewLine::id)
                .isEqualTo(english.stream().map(ReviewLine::id).toList());
        assertThat(german)
                .filteredOn(l -> l.id().equals("amendments"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.label()).isEqualTo("Änderungen je 100 Aufträge");
                    assertThat(l.now()).isEqualTo("5"); // 2 amendments of 40 orders
                });
        assertThat(ReviewLine.bottleneck(MARCH, GERMAN))
                .isEqualTo("Bestätigt → versandt oder abgeholt (Median 23 h 00 min)");
        assertThat(ReviewLine.promisesAndRequests(MARCH, GERMAN))
                .filteredOn(l -> l.id().equals("timeToDecide"))
                .singleElement()
                .extracting(ReviewLine::label)
                .isEqualTo("Zeit bis zur Entscheidung: Median, 90. Perzentil");
    }

    @Test
    void theWorkbookNamesItsSheetsAndColumnsInTheReadersLanguageAndKeepsItsCountsAsNumbers() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReviewWorkbook.of(MARCH, GERMAN)))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Menge");
            Sheet volume = book.getSheet("Menge");
            assertThat(volume.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Ordertrail-Auswertung: März 2031, verglichen mit Februar 2031"
                            + " (Aufträge eingegangen vom 01.03.2031 bis 31.03.2031)");
            assertThat(volume.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Kanal");
            Row phone = volume.getRow(3);
            assertThat(phone.getCell(0).getStringCellValue()).isEqualTo("Telefon");
            assertThat(phone.getCell(1).getNumericCellValue()).isEqualTo(25);
            assertThat(book.getSheet("Zeiten der Stufen")).isNotNull();
            assertThat(book.getSheet("Zusagen und Sonderwünsche")).isNotNull();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReviewWorkbook.of(MARCH, ENGLISH)))) {
            assertThat(book.getSheet("Volume").getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Phone");
        }
    }

    @Test
    void aPeriodIsNamedAsTheLanguageNamesIt() {
        ReviewPeriod week = ReviewPeriod.week(LocalDate.of(2031, 3, 5));
        ReviewPeriod quarter = ReviewPeriod.quarter(LocalDate.of(2031, 3, 5));
        ReviewPeriod custom = ReviewPeriod.custom(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 9));

        assertThat(week.label(GERMAN)).isEqualTo("KW 10/2031");
        assertThat(quarter.label(GERMAN)).isEqualTo("1. Quartal 2031");
        assertThat(custom.label(GERMAN)).isEqualTo("03.03.2031 bis 09.03.2031");
        assertThat(week.label()).isEqualTo("week 10 of 2031");
        assertThat(quarter.label()).isEqualTo("Q1 2031");
        assertThat(custom.label()).isEqualTo("2031-03-03 to 2031-03-09");
    }

    @Test
    void aPeriodThatCannotBeReadIsRefusedInTheReadersLanguage() {
        IllegalArgumentException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> ReviewPeriod.parse("CUSTOM", null, "2031-03-01", "1. März", null));

        assertThat(wrong).hasMessage("The last day \"1. März\" is not a date: give it as 2031-03-01.");
        assertThat(ReviewPeriod.Unreadable.said(wrong, GERMAN))
                .isEqualTo("Die Angabe „1. März“ für den letzten Tag ist kein Datum: geben Sie es als 2031-03-01 an.");
    }
}
