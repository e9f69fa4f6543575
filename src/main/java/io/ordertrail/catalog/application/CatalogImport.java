package io.ordertrail.catalog.application;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.Money;
import io.ordertrail.platform.csv.CsvTable;
import io.ordertrail.platform.csv.ImportWasMade;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An ADMIN's catalog update from CSV: products, and prices with the day they take effect. One transaction per
 * file: every bad row is reported with its line number and reason, and a file with any bad row changes nothing.
 */
@Stateless
@DenyAll
public class CatalogImport {

    @Inject
    BusinessClock clock;

    public static final List<String> PRODUCT_COLUMNS = List.of("code", "name", "unit_code");
    public static final List<String> PRICE_COLUMNS = List.of("code", "unit_price", "effective_from");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ImportWasMade> importWasMade;

    /** Creates the products that are new and describes the known ones again; returns how many rows were applied. */
    @RolesAllowed(Roles.ADMIN)
    public int importProducts(String csv) {
        CsvTable.Read<ProductRow> read = CsvTable.parse(csv, PRODUCT_COLUMNS, List.of("active", "unit_price"))
                .read(row -> new ProductRow(
                        row.line(),
                        row.code("code"),
                        row.required("name", 200),
                        row.code("unit_code"),
                        row.flag("active", true),
                        row.text("unit_price") == null ? null : row.price("unit_price")));
        // every problem of the file at once: the rows that cannot be read, and what is wrong with the others
        List<ProductRow> rows = read.values();
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(CsvTable.repeatedKeys(rows, ProductRow::code, ProductRow::line, "product"));
        Map<String, Product> known = byCode(rows.stream().map(ProductRow::code).toList());
        for (ProductRow row : rows) {
            if (!known.containsKey(row.code()) && row.unitPrice() == null) {
                problems.add(new Problem(
                        "line " + row.line(),
                        "Line " + row.line() + ": " + row.code()
                                + " is a new product, so it needs a unit_price (its list price from today)."));
            }
        }
        CsvTable.rejectIfAny(problems);
        for (ProductRow row : rows) {
            Product product = known.get(row.code());
            if (product == null) {
                product = new Product(row.code(), row.name(), row.unitCode());
                product.priceFrom(clock.today(), row.unitPrice());
                em.persist(product);
            } else {
                product.describe(row.name(), row.unitCode(), row.active());
                if (row.unitPrice() != null
                        && product.priceOn(clock.today())
                                .map(p -> p.compareTo(row.unitPrice()) != 0)
                                .orElse(true)) {
                    product.priceFrom(clock.today(), row.unitPrice());
                }
            }
        }
        importWasMade.fire(new ImportWasMade("products", rows.size(), csv));
        return rows.size();
    }

    /** Sets list prices from the given days on; returns how many rows were applied. */
    @RolesAllowed(Roles.ADMIN)
    public int importPrices(String csv) {
        CsvTable.Read<PriceRow> read = CsvTable.parse(csv, PRICE_COLUMNS, List.of("currency"))
                .read(row -> new PriceRow(
                        row.line(),
                        row.code("code"),
                        currency(row),
                        row.price("unit_price"),
                        row.date("effective_from")));
        List<PriceRow> rows = read.values();
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(CsvTable.repeatedKeys(
                rows,
                r -> r.code() + " in " + r.currency() + " from " + r.effectiveFrom(),
                PriceRow::line,
                "the price of"));
        Map<String, Product> known = byCode(rows.stream().map(PriceRow::code).toList());
        problems.addAll(unknownProducts(rows, PriceRow::code, PriceRow::line, known));
        CsvTable.rejectIfAny(problems);
        rows.forEach(row -> known.get(row.code()).priceFrom(row.currency(), row.effectiveFrom(), row.unitPrice()));
        importWasMade.fire(new ImportWasMade("prices", rows.size(), csv));
        return rows.size();
    }

    /** The products with these codes, active or not, keyed by code. */
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Product> byCode(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Product p where p.code in :codes", Product.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(Product::getCode, Function.identity()));
    }

    /** A problem for each row naming a product the catalog does not have. */
    public static <T> List<Problem> unknownProducts(
            List<T> rows, Function<T, String> code, Function<T, Long> line, Map<String, Product> known) {
        return rows.stream()
                .filter(r -> !known.containsKey(code.apply(r)))
                .map(r -> new Problem(
                        "line " + line.apply(r),
                        "Line " + line.apply(r) + ": no product has code " + code.apply(r)
                                + "; import it in the products file first."))
                .toList();
    }

    record ProductRow(long line, String code, String name, String unitCode, boolean active, BigDecimal unitPrice) {}

    /** The optional currency column: the price list a row belongs to, the base one when the column is absent. */
    private static String currency(CsvTable.Row row) {
        String currency = row.text("currency");
        if (currency == null) {
            return Money.BASE_CURRENCY;
        }
        currency = currency.toUpperCase(java.util.Locale.ROOT);
        if (!Money.CURRENCIES.contains(currency)) {
            row.problem(
                    "currency \"" + row.text("currency") + "\" is not one of " + String.join(", ", Money.CURRENCIES));
        }
        return currency;
    }

    record PriceRow(long line, String code, String currency, BigDecimal unitPrice, LocalDate effectiveFrom) {}
}
