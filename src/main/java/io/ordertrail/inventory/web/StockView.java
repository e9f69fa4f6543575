package io.ordertrail.inventory.web;

import io.ordertrail.inventory.application.StockKeeping;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockMovement;
import io.ordertrail.inventory.domain.StockMovementReason;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

    @PostConstruct
    public void refresh() {
        levels = stockKeeping.levels();
        movements = stockKeeping.movements(100);
    }

    public void start(StockLevel level) {
        stockLevelId = level.getId();
        stockLabel = level.getProduct().getCode() + " · " + level.getProduct().getName() + " at " + level.getLocation()
                + ": " + level.getOnHand() + " on hand, " + level.getReserved() + " reserved";
        kind = StockMovement.Kind.COUNT;
        quantity = null;
        reason = null;
        note = null;
    }

    public void save() {
        try {
            StockMovement movement = stockKeeping.record(stockLevelId, kind, quantity, reason, note);
            Messages.infoOnThisPage(movement.getProduct().getCode() + " at " + movement.getLocation() + ": "
                    + movement.getOnHandAfter() + " on hand (" + (movement.getQuantityChange() >= 0 ? "+" : "")
                    + movement.getQuantityChange() + ", "
                    + movement.getReason().getLabel().toLowerCase() + ").");
            refresh();
        } catch (InputRejected rejected) {
            rejected.getProblems()
                    .forEach(p -> Messages.error(
                            p.field().equals("stock") ? null : "movementForm:" + p.field(), p.message()));
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
    }

    public StockMovement.Kind[] getKinds() {
        return StockMovement.Kind.values();
    }

    public StockMovementReason[] getReasons() {
        return StockMovementReason.values();
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
