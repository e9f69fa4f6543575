package io.ordertrail.orders.domain;

import io.ordertrail.platform.Money;
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

    public static VersionComparison of(List<OrderContent> versions) {
        List<Row> rows = new ArrayList<>();
        Set<String> products = new LinkedHashSet<>();
        versions.forEach(v -> v.lines().forEach(l -> products.add(l.productCode() + " " + l.productName())));
        for (String product : products) {
            rows.add(row(
                    product,
                    versions,
                    v -> v.lines().stream()
                            .filter(l -> product.equals(l.productCode() + " " + l.productName()))
                            .map(l -> l.quantity() + " × " + Money.format(l.unitPrice()))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("—")));
        }
        rows.add(row("Total", versions, v -> Money.format(v.total())));
        rows.add(row("Delivery or pickup", versions, v -> v.fulfillmentMethod().getLabel()));
        rows.add(row("Where", versions, v -> dash(v.where())));
        rows.add(row(
                "Requested date",
                versions,
                v -> v.requestedDate() == null ? "—" : v.requestedDate().toString()));
        rows.add(row(
                "Estimated date",
                versions,
                v -> v.estimatedDate() == null ? "—" : v.estimatedDate().toString()));
        rows.add(row("Instructions", versions, v -> dash(v.instructions())));
        rows.add(row("Customer's reference", versions, v -> dash(v.purchaseOrderReference())));
        rows.add(row("Status", versions, v -> v.cancelled() ? "Cancelled" : "Open"));
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
