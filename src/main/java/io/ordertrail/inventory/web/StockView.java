package io.ordertrail.inventory.web;

import io.ordertrail.inventory.application.Replenishments;
import io.ordertrail.inventory.application.StockKeeping;
import io.ordertrail.inventory.domain.Replenishment;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockMovement;
import io.ordertrail.inventory.domain.StockMovementReason;
import io.ordertrail.inventory.domain.StockReservation;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/** The inventory team's stock page: the levels, a count or an adjustment in a dialog, and the latest movements. */
@Named
@ViewScoped
public class StockView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockKeeping stockKeeping;

    private List<StockLevel> levels;
    private List<StockMovement> movements;

    private Long stockLevelId;
    private String stockLabel;
    private StockMovement.Kind kind = StockMovement.Kind.COUNT;
    private Integer quantity;
    private StockMovementReason reason;
    private String note;

    @Inject
    Replenishments replenishments;

    private List<Replenishment> expected;
    private List<StockReservation> waiting;
    private Map<String, Integer> expectedByStock;
    private Map<String, Long> waitingByStock;

    private Long replenishmentId;
    private String replenishmentLabel;
    private Integer replenishmentQuantity;
    private LocalDate expectedOn;
    private String reference;
    private String cancelReason;

    @PostConstruct
    public void refresh() {
        levels = stockKeeping.levels();
        movements = stockKeeping.movements(100);
        expected = replenishments.expected();
        waiting = replenishments.waiting();
        expectedByStock = expected.stream()
                .collect(Collectors.groupingBy(
                        r -> key(r.getProduct().getCode(), r.getLocation()),
                        Collectors.summingInt(Replenishment::getQuantity)));
        waitingByStock = waiting.stream()
                .collect(Collectors.groupingBy(r -> key(r.getProductCode(), r.getLocation()), Collectors.counting()));
    }

    private static String key(String productCode, String location) {
        return productCode + "@" + location;
    }

    /** How many of the level's product are expected at its location. */
    public int expectedFor(StockLevel level) {
        return expectedByStock.getOrDefault(key(level.getProduct().getCode(), level.getLocation()), 0);
    }

    /** How many order lines wait for the level's stock. */
    public long waitingFor(StockLevel level) {
        return waitingByStock.getOrDefault(key(level.getProduct().getCode(), level.getLocation()), 0L);
    }

    /** Opens the dialog to plan a replenishment of the level. */
    public void startPlan(StockLevel level) {
        stockLevelId = level.getId();
        replenishmentId = null;
        replenishmentLabel = PageLanguage.texts()
                .get(
                        "stock.planLabel",
                        level.getProduct().getCode(),
                        level.getProduct().getName(),
                        level.getLocation(),
                        level.available(),
                        waitingFor(level));
        replenishmentQuantity = null;
        expectedOn = null;
        reference = null;
    }

    /** Opens the dialog to change a planned replenishment. */
    public void startChange(Replenishment r) {
        replenishmentId = r.getId();
        replenishmentLabel = PageLanguage.texts()
                .get(
                        "stock.changeLabel",
                        r.getProduct().getCode(),
                        r.getProduct().getName(),
                        r.getLocation());
        replenishmentQuantity = r.getQuantity();
        expectedOn = r.getExpectedOn();
        reference = r.getReference();
    }

    public void startCancel(Replenishment r) {
        replenishmentId = r.getId();
        replenishmentLabel = PageLanguage.texts()
                .get("stock.cancelLabel", r.getProduct().getCode(), r.getLocation(), r.describe(PageLanguage.texts()));
        cancelReason = null;
    }

    public void saveReplenishment() {
        try {
            Replenishments.Outcome outcome = replenishmentId == null
                    ? replenishments.plan(stockLevelId, replenishmentQuantity, expectedOn, reference)
                    : replenishments.change(replenishmentId, replenishmentQuantity, expectedOn, reference);
            tell("stock.replenishmentSaved", outcome);
            refresh();
        } catch (InputRejected rejected) {
            Messages.errors("replenishmentForm", rejected.getProblems());
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
    }

    public void cancelReplenishment() {
        try {
            Replenishments.Outcome outcome = replenishments.cancel(replenishmentId, cancelReason);
            tell("stock.replenishmentCancelled", outcome);
            refresh();
        } catch (InputRejected rejected) {
            Messages.errors("cancelForm", rejected.getProblems());
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
    }

    /** What became of the replenishment, and which orders were looked at again. */
    private static void tell(String key, Replenishments.Outcome outcome) {
        Messages.infoOnThisPage(PageLanguage.texts()
                .get(
                        key,
                        outcome.replenishment().getProduct().getCode(),
                        outcome.replenishment().describe(PageLanguage.texts()),
                        reevaluated(outcome.ordersReevaluated())));
    }

    private static String reevaluated(Set<String> orders) {
        return orders.isEmpty()
                ? PageLanguage.texts().get("stock.noOrderReevaluated")
                : PageLanguage.texts().get("stock.ordersReevaluated", String.join(", ", orders));
    }

    public List<Replenishment> getExpected() {
        return expected;
    }

    public List<StockReservation> getWaiting() {
        return waiting;
    }

    public String getReplenishmentLabel() {
        return replenishmentLabel;
    }

    public boolean isChangingReplenishment() {
        return replenishmentId != null;
    }

    public Integer getReplenishmentQuantity() {
        return replenishmentQuantity;
    }

    public void setReplenishmentQuantity(Integer replenishmentQuantity) {
        this.replenishmentQuantity = replenishmentQuantity;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public void setExpectedOn(LocalDate expectedOn) {
        this.expectedOn = expectedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public void start(StockLevel level) {
        stockLevelId = level.getId();
        stockLabel = PageLanguage.texts()
                .get(
                        "stock.label",
                        level.getProduct().getCode() + " · "
                                + level.getProduct().getName(),
                        level.getLocation(),
                        String.valueOf(level.getOnHand()),
                        String.valueOf(level.getReserved()));
        kind = StockMovement.Kind.COUNT;
        quantity = null;
        reason = null;
        note = null;
    }

    public void save() {
        try {
            StockMovement movement = stockKeeping.record(stockLevelId, kind, quantity, reason, note);
            // the orders waiting for it were looked at again in the same transaction
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get(
                            "stock.recorded",
                            movement.getProduct().getCode(),
                            movement.getLocation(),
                            String.valueOf(movement.getOnHandAfter()),
                            (movement.getQuantityChange() >= 0 ? "+" : "") + movement.getQuantityChange(),
                            PageLanguage.texts().labelInSentence(movement.getReason())));
            refresh();
        } catch (InputRejected rejected) {
            rejected.getProblems()
                    .forEach(p -> Messages.error(
                            p.field().equals("stock") ? null : "movementForm:" + p.field(),
                            p.in(PageLanguage.texts())));
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
    }

    public StockMovement.Kind[] getKinds() {
        return StockMovement.Kind.values();
    }

    /** The reasons staff choose from; an import's is set by the import alone. */
    public List<StockMovementReason> getReasons() {
        return java.util.Arrays.stream(StockMovementReason.values())
                .filter(r -> r != StockMovementReason.IMPORT)
                .toList();
    }

    public List<StockLevel> getLevels() {
        return levels;
    }

    public List<StockMovement> getMovements() {
        return movements;
    }

    public String getStockLabel() {
        return stockLabel;
    }

    public StockMovement.Kind getKind() {
        return kind;
    }

    public void setKind(StockMovement.Kind kind) {
        this.kind = kind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public StockMovementReason getReason() {
        return reason;
    }

    public void setReason(StockMovementReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
