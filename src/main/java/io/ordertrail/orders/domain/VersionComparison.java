package io.ordertrail.orders.domain;

import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An order's versions side by side: one row per part of the order (each product, the method, the address, dates,
 * instructions, total), one cell per version, each cell marked when it differs from the version before.
 */
public final class VersionComparison {

    private final List<Row> rows;

    private VersionComparison(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** One part of the order across the versions. */
    public record Row(String label, List<Cell> cells) {
        public boolean isChanged() {
            return cells.stream().anyMatch(Cell::changed);
        }
    }

    /** What one version said about that part, and whether that differs from the version before. */
    public record Cell(String value, boolean changed) {}

    /** The versions side by side, in the reader's language. */
    public static VersionComparison of(List<OrderContent> versions, Texts texts) {
        List<Row> rows = new ArrayList<>();
        Set<String> products = new LinkedHashSet<>();
        versions.forEach(v -> v.lines().forEach(l -> products.add(l.productCode() + " " + l.productName())));
        for (String product : products) {
            rows.add(row(
                    product,
                    versions,
                    v -> v.lines().stream()
                            .filter(l -> product.equals(l.productCode() + " " + l.productName()))
                            .map(l -> l.quantity() + " × " + OrderContent.amount(l.unitPrice(), texts))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("—")));
        }
        rows.add(row(texts.get("versions.total"), versions, v -> OrderContent.amount(v.total(), texts)));
        rows.add(row(texts.get("versions.method"), versions, v -> texts.get(Phrase.labelKey(v.fulfillmentMethod()))));
        rows.add(row(texts.get("versions.where"), versions, v -> dash(v.where())));
        rows.add(row(
                texts.get("versions.requestedDate"), versions, v -> dash(OrderContent.day(v.requestedDate(), texts))));
        rows.add(row(
                texts.get("versions.estimatedDate"), versions, v -> dash(OrderContent.day(v.estimatedDate(), texts))));
        rows.add(row(texts.get("versions.instructions"), versions, v -> dash(v.instructions())));
        rows.add(row(texts.get("versions.reference"), versions, v -> dash(v.purchaseOrderReference())));
        rows.add(row(
                texts.get("versions.status"),
                versions,
                v -> texts.get(v.cancelled() ? "versions.cancelled" : "versions.open")));
        return new VersionComparison(rows);
    }

    private static Row row(String label, List<OrderContent> versions, Function<OrderContent, String> value) {
        List<Cell> cells = new ArrayList<>();
        String before = null;
        for (int i = 0; i < versions.size(); i++) {
            String now = value.apply(versions.get(i));
            cells.add(new Cell(now, i > 0 && !Objects.equals(before, now)));
            before = now;
        }
        return new Row(label, cells);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    public List<Row> rows() {
        return rows;
    }
}
