package io.ordertrail.platform.csv;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file an ADMIN uploads, read with Apache Commons CSV: a header row naming the columns, then one record per
 * row, each known by its line number in the file. Rows are turned into values by the capability that owns them,
 * which reports every bad row with its line number and reason; one bad row rejects the whole file.
 */
public final class CsvTable {

    /** A file larger than this is not a catalog update but a mistake. */
    public static final int MAX_ROWS = 100_000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * Reads the text, which must start with a header naming at least the required columns (in any order and case).
     *
     * @throws InputRejected when the file is empty, has no such header or has too many rows
     */
    public static CsvTable parse(String text, List<String> required, List<String> optional) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, Integer> header = lowerCase(parser.getHeaderMap());
            List<String> missing =
                    required.stream().filter(c -> !header.containsKey(c)).toList();
            if (header.isEmpty() || !missing.isEmpty()) {
                throw InputRejected.because(
                        "line 1",
                        "Line 1: the header must name the columns "
                                + String.join(", ", required)
                                + (optional.isEmpty() ? "" : " (and optionally " + String.join(", ", optional) + ")")
                                + "; missing: " + String.join(", ", missing) + ".");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw InputRejected.because(
                            "file", "The file has more than " + MAX_ROWS + " rows; split it into smaller files.");
                }
                rows.add(new Row(record, header, parser.getCurrentLineNumber()));
            }
            if (rows.isEmpty()) {
                throw InputRejected.because("file", "The file has a header but no rows; nothing to import.");
            }
            return new CsvTable(rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(e);
        }
    }

    private static final Pattern LINE = Pattern.compile("line:? (\\d+)", Pattern.CASE_INSENSITIVE);

    /** What Commons CSV could not read, said in the file's terms: where, and what to do. */
    private static InputRejected unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String detail = String.valueOf(cause.getMessage());
        java.util.regex.Matcher line = LINE.matcher(detail);
        String where = line.find() ? "Line " + line.group(1) + ": " : "";
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return InputRejected.because(
                    "file",
                    where + "a value in double quotes (\") is never closed, so the rest of the file would be one value."
                            + " Close the quote, or write a quote inside a value as two (\"\").");
        }
        if (detail.toLowerCase(Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return InputRejected.because(
                    "file",
                    where + "a value in double quotes (\") goes on after its closing quote. Put the whole value in"
                            + " quotes, or write a quote inside a value as two (\"\").");
        }
        if (detail.contains("header contains a duplicate name") || detail.contains("duplicate name")) {
            return InputRejected.because("line 1", "Line 1: the header names a column twice; name each once.");
        }
        return InputRejected.because(
                "file",
                "The file is not readable CSV ("
                        + detail.replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error): ", "")
                        + "); save it as comma-separated UTF-8 text with a header row.");
    }

    private static Map<String, Integer> lowerCase(Map<String, Integer> header) {
        Map<String, Integer> lower = new java.util.HashMap<>();
        header.forEach((name, index) -> lower.put(name.trim().toLowerCase(Locale.ROOT), index));
        return lower;
    }

    /** The rows that could be read, as values, and the problems of those that could not. */
    public record Read<T>(List<T> values, List<Problem> problems) {}

    /**
     * Turns every row into a value, collecting every row's problems: the caller adds the problems it finds in the good
     * rows (a repeated key, an unknown product) and rejects the file once, with all of them ({@link #rejectIfAny}).
     */
    public <T> Read<T> read(Function<Row, T> reader) {
        List<Problem> problems = new ArrayList<>();
        List<T> values = new ArrayList<>();
        for (Row row : rows) {
            T value = reader.apply(row);
            if (row.problems.isEmpty()) {
                values.add(value);
            } else {
                problems.add(new Problem(
                        "line " + row.line, "Line " + row.line + ": " + String.join("; ", row.problems) + "."));
            }
        }
        return new Read<>(values, problems);
    }

    /** A problem for each value whose key appears on an earlier row too, at the later row's line. */
    public static <T> List<Problem> repeatedKeys(
            List<T> values, Function<T, String> key, Function<T, Long> line, String what) {
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (T value : values) {
            if (!seen.add(key.apply(value))) {
                long n = line.apply(value);
                problems.add(new Problem(
                        "line " + n,
                        "Line " + n + ": " + what + " " + key.apply(value)
                                + " appears on an earlier line too; keep one row for it."));
            }
        }
        return problems;
    }

    /**
     * Rejects the file if anything is wrong with it, listing every problem in the order of the file's lines.
     *
     * @throws InputRejected listing each bad row with its line number and reason
     */
    public static void rejectIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            List<Problem> inFileOrder = new ArrayList<>(problems);
            inFileOrder.sort(java.util.Comparator.comparingLong(CsvTable::lineOf));
            throw new InputRejected(inFileOrder);
        }
    }

    private static long lineOf(Problem problem) {
        return problem.field().startsWith("line ")
                ? Long.parseLong(problem.field().substring(5))
                : 0;
    }

    /** One record and what is wrong with it so far. */
    public static final class Row {
        private final CSVRecord record;
        private final Map<String, Integer> header;
        private final long line;
        private final List<String> problems = new ArrayList<>();

        Row(CSVRecord record, Map<String, Integer> header, long line) {
            this.record = record;
            this.header = header;
            this.line = line;
        }

        public long line() {
            return line;
        }

        /** The cell's trimmed text, or null when the column is absent or the cell empty. */
        public String text(String column) {
            Integer index = header.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        public String required(String column, int maxLength) {
            String value = text(column);
            if (value == null) {
                problems.add(column + " is empty");
            } else if (value.length() > maxLength) {
                problems.add(column + " is longer than " + maxLength + " characters");
            }
            return value;
        }

        public String code(String column) {
            String value = required(column, 40);
            if (value != null && value.length() <= 40 && !CODE.matcher(value).matches()) {
                problems.add(column + " \"" + value + "\" may only hold letters, digits and . _ / -");
            }
            return value;
        }

        public BigDecimal price(String column) {
            String value = required(column, 20);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal price = new BigDecimal(value);
                if (price.signum() <= 0 || price.scale() > 2 || price.precision() - price.scale() > 10) {
                    problems.add(column + " \"" + value + "\" must be above 0 with at most 2 decimals");
                    return null;
                }
                return price;
            } catch (NumberFormatException e) {
                problems.add(column + " \"" + value + "\" is not a number (use a dot for decimals, e.g. 12.50)");
                return null;
            }
        }

        public Integer wholeNumber(String column, int min, int max) {
            String value = required(column, 12);
            if (value == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) {
                    problems.add(column + " " + n + " must be between " + min + " and " + max);
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                problems.add(column + " \"" + value + "\" is not a whole number");
                return null;
            }
        }

        public LocalDate date(String column) {
            String value = required(column, 10);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(column + " \"" + value + "\" is not a date like 2026-12-01");
                return null;
            }
        }

        /** "true"/"false"/"yes"/"no", or the default when the cell is empty. */
        public boolean flag(String column, boolean defaultValue) {
            String value = text(column);
            if (value == null) {
                return defaultValue;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    problems.add(column + " \"" + value + "\" must be true or false");
                    yield defaultValue;
                }
            };
        }

        /** Records a problem the owning capability found with the row. */
        public void problem(String text) {
            problems.add(text);
        }
    }
}
