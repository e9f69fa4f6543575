package io.ordertrail.review.infrastructure;

import io.ordertrail.orders.domain.Channel;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.review.domain.PeriodFigures;
import io.ordertrail.review.domain.ReviewLine;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.domain.Stage;
import io.ordertrail.review.domain.StageTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The review as a workbook (Apache POI): a sheet per part, each figure next to the previous period's. Counts are
 * numbers and times are durations ({@code [h]:mm:ss}), so that a spreadsheet can go on calculating with them.
 */
public final class ReviewWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReviewWorkbook() {}

    public static byte[] of(ReviewReport report, Texts texts) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            PeriodFigures now = report.current();
            PeriodFigures before = report.previous();
            String title = texts.get(
                    "review.workbook.title",
                    now.period().label(texts),
                    before.period().label(texts),
                    ReviewPeriod.day(now.period().first(), texts),
                    ReviewPeriod.day(now.period().last(), texts));
            String thisPeriod = texts.get("figures.now");
            String previousPeriod = texts.get("review.previousPeriod");
            String allChannels = texts.get("review.allChannels");

            Sheet volume = sheet(
                    book,
                    texts.get("dashboard.volume"),
                    title,
                    styles,
                    texts.get("review.channel"),
                    thisPeriod,
                    previousPeriod);
            int r = 3;
            for (Channel channel : Channel.values()) {
                Row row = volume.createRow(r++);
                row.createCell(0).setCellValue(texts.get(Phrase.labelKey(channel)));
                row.createCell(1).setCellValue(now.ordersBy(channel));
                row.createCell(2).setCellValue(before.ordersBy(channel));
            }
            Row total = volume.createRow(r);
            total.createCell(0).setCellValue(allChannels);
            total.createCell(1).setCellValue(now.orders());
            total.createCell(2).setCellValue(before.orders());
            total.getCell(0).setCellStyle(styles.bold);

            Sheet staff = sheet(
                    book,
                    texts.get("review.workbook.staff"),
                    title,
                    styles,
                    texts.get("dashboard.takenBy"),
                    thisPeriod,
                    previousPeriod);
            TreeSet<String> people = new TreeSet<>(now.byStaff().keySet());
            people.addAll(before.byStaff().keySet());
            r = 3;
            for (String person : people) {
                Row row = staff.createRow(r++);
                row.createCell(0).setCellValue(person);
                row.createCell(1).setCellValue(now.ordersTakenBy(person));
                row.createCell(2).setCellValue(before.ordersTakenBy(person));
            }

            Sheet stages = sheet(
                    book,
                    texts.get("dashboard.stages"),
                    title,
                    styles,
                    texts.get("dashboard.stage"),
                    texts.get("review.channel"),
                    texts.get("review.orders"),
                    texts.get("dashboard.median"),
                    texts.get("dashboard.p90"),
                    texts.get("dashboard.previousOrders"),
                    texts.get("dashboard.previousMedian"),
                    texts.get("review.previousP90"));
            r = 3;
            for (Stage stage : Stage.values()) {
                String label = texts.get(Phrase.labelKey(stage));
                r = stageRow(stages, r, styles, label, allChannels, now.stage(stage), before.stage(stage));
                for (Channel channel : Channel.values()) {
                    r = stageRow(
                            stages,
                            r,
                            styles,
                            label,
                            texts.get(Phrase.labelKey(channel)),
                            now.stage(stage, channel),
                            before.stage(stage, channel));
                }
            }
            String[] columns = {texts.get("figures.figure"), thisPeriod, previousPeriod};
            Sheet values = lines(
                    book, texts.get("dashboard.values"), title, styles, columns, ReviewLine.values(report, texts));
            Sheet quality = lines(
                    book, texts.get("dashboard.quality"), title, styles, columns, ReviewLine.quality(report, texts));
            Sheet promises = lines(
                    book,
                    texts.get("dashboard.promises"),
                    title,
                    styles,
                    columns,
                    ReviewLine.promisesAndRequests(report, texts));
            promises.createRow(promises.getLastRowNum() + 2)
                    .createCell(0)
                    .setCellValue(texts.get("dashboard.bottleneck") + " " + ReviewLine.bottleneck(report, texts));
            // fixed widths: sizing to the content needs the fonts of a desktop, which a server may not have
            for (Sheet sheet : new Sheet[] {volume, staff, stages, values, quality, promises}) {
                sheet.setColumnWidth(0, 42 * 256);
                for (int c = 1; c < 8; c++) {
                    sheet.setColumnWidth(c, 18 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the review workbook", e);
        }
    }

    /** Figures as the dashboard shows them: a label, this period, the previous period. */
    private static Sheet lines(
            XSSFWorkbook book,
            String name,
            String title,
            Styles styles,
            String[] columns,
            java.util.List<ReviewLine> lines) {
        Sheet sheet = sheet(book, name, title, styles, columns);
        int r = 3;
        for (ReviewLine line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.label());
            row.createCell(1).setCellValue(line.now());
            row.createCell(2).setCellValue(line.before());
        }
        return sheet;
    }

    private static int stageRow(
            Sheet sheet, int r, Styles styles, String stage, String channel, StageTime now, StageTime before) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(stage);
        row.createCell(1).setCellValue(channel);
        row.createCell(2).setCellValue(now.orders());
        duration(row, 3, now.median(), styles);
        duration(row, 4, now.p90(), styles);
        row.createCell(5).setCellValue(before.orders());
        duration(row, 6, before.median(), styles);
        duration(row, 7, before.p90(), styles);
        return r + 1;
    }

    /** A duration as a spreadsheet time (days), shown as hours, minutes and seconds; empty when there is none. */
    private static void duration(Row row, int column, Duration d, Styles styles) {
        if (d != null) {
            var cell = row.createCell(column);
            cell.setCellValue(d.toMillis() / 86_400_000d);
            cell.setCellStyle(styles.duration);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name, String title, Styles styles, String... headings) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.getRow(0).getCell(0).setCellStyle(styles.bold);
        Row head = sheet.createRow(2);
        for (int i = 0; i < headings.length; i++) {
            head.createCell(i).setCellValue(headings[i]);
            head.getCell(i).setCellStyle(styles.bold);
        }
        sheet.createFreezePane(0, 3);
        return sheet;
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle duration;

        Styles(XSSFWorkbook book) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            duration = book.createCellStyle();
            duration.setDataFormat(book.createDataFormat().getFormat("[h]:mm:ss"));
        }
    }
}
