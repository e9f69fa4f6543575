package io.ordertrail.inventory.application;

import io.ordertrail.catalog.application.CatalogImport;
import io.ordertrail.catalog.domain.Product;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockMovement;
import io.ordertrail.inventory.domain.StockMovementReason;
import io.ordertrail.inventory.infrastructure.StockRecords;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.csv.CsvTable;
import io.ordertrail.platform.csv.ImportWasMade;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An ADMIN's stock count from CSV: how much of each product is on hand at each location. Every bad row is
 * reported with its line number and reason, and a file with any bad row changes nothing. A count below what is
 * already reserved for orders is refused: the reservations would no longer be covered.
 */
@Stateless
@DenyAll
public class StockImport {

    public static final List<String> COLUMNS = List.of("code", "location", "on_hand");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ImportWasMade> importWasMade;

    @Inject
    CatalogImport catalog;

    @Inject
    ShortOrders shortOrders;

    @Inject
    StockRecords stockRecords;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    @RolesAllowed(Roles.ADMIN)
    public int importStock(String csv) {
        CsvTable.Read<StockRow> read = CsvTable.parse(csv, COLUMNS, List.of())
                .read(row -> new StockRow(
                        row.line(),
                        row.code("code"),
                        row.code("location"),
                        row.wholeNumber("on_hand", 0, 100_000_000)));
        // every problem of the file at once: the rows that cannot be read, and what is wrong with the others
        List<StockRow> rows = read.values();
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(CsvTable.repeatedKeys(rows, r -> key(r.code(), r.location()), StockRow::line, "the stock of"));
        Map<String, Product> products =
                catalog.byCode(rows.stream().map(StockRow::code).distinct().toList());
        problems.addAll(CatalogImport.unknownProducts(rows, StockRow::code, StockRow::line, products));
        Map<String, StockLevel> stockNow = lockedStock(rows, products);
        List<Runnable> changes = new ArrayList<>();
        for (StockRow row : rows) {
            Product product = products.get(row.code());
            if (product == null) {
                continue;
            }
            StockLevel stock = stockNow.get(key(row.code(), row.location()));
            if (stock == null) {
                changes.add(() -> {
                    StockLevel created = new StockLevel(product, row.location(), 0);
                    em.persist(created);
                    counted(created, row);
                });
            } else if (!stock.coversReservations(row.onHand())) {
                problems.add(new Problem(
                        "line " + row.line(),
                        "Line " + row.line() + ": " + row.onHand() + " on hand is "
                                + "less than the " + stock.getReserved() + " already reserved for orders at "
                                + row.location()
                                + "; count again or release reservations first."));
            } else {
                changes.add(() -> counted(stock, row));
            }
        }
        CsvTable.rejectIfAny(problems);
        changes.forEach(Runnable::run);
        importWasMade.fire(new ImportWasMade("stock counts", rows.size(), csv));
        return rows.size();
    }

    /**
     * The stock the file counts that has a record already, by product and location, locked for writing in one
     * statement in the order of the ids, as inventory locks it: locked row by row in the file's order, an import and a
     * reservation of the same products could each wait for a row the other holds.
     */
    private Map<String, StockLevel> lockedStock(List<StockRow> rows, Map<String, Product> products) {
        if (products.isEmpty()) {
            return Map.of();
        }
        java.util.Set<String> counted =
                rows.stream().map(r -> key(r.code(), r.location())).collect(Collectors.toSet());
        List<StockLevel> levels = em.createQuery(
                        "select s from StockLevel s where s.product in :products", StockLevel.class)
                .setParameter("products", List.copyOf(products.values()))
                .getResultStream()
                .filter(s -> counted.contains(key(s.getProduct().getCode(), s.getLocation())))
                .toList();
        return stockRecords.locked(levels).stream()
                .collect(Collectors.toMap(s -> key(s.getProduct().getCode(), s.getLocation()), s -> s));
    }

    private static String key(String productCode, String location) {
        return productCode + " at " + location;
    }

    /** The count a row gives, kept as a movement like any other, and the orders waiting for it looked at again. */
    private void counted(StockLevel stock, StockRow row) {
        if (stock.getOnHand() == row.onHand()) {
            return;
        }
        StockMovement movement = StockMovement.apply(
                stock,
                StockMovement.Kind.COUNT,
                row.onHand(),
                StockMovementReason.IMPORT,
                "CSV stock import, line " + row.line(),
                session.getCallerPrincipal().getName(),
                clock.now());
        em.persist(movement);
        em.flush();
        shortOrders.stockMoved(stock, movement);
    }

    record StockRow(long line, String code, String location, Integer onHand) {}
}
