package io.ordertrail.fulfillment.web;

import io.ordertrail.fulfillment.application.FulfillmentWork;
import io.ordertrail.fulfillment.domain.FulfillmentTask;
import io.ordertrail.fulfillment.domain.TaskStatus;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The fulfillment team's open tasks: pick, pack, dispatch with carrier and tracking, or hand over at the counter. */
@Named
@ViewScoped
public class FulfillmentTasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FulfillmentWork work;

    private long dispatching;
    private String dispatchingOrder;
    private String carrier;
    private String trackingReference;
    private String search;
    private boolean newestFirst;

    private final LazyDataModel<FulfillmentTask> tasks = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(work.countOpen(search));
        }

        @Override
        public List<FulfillmentTask> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return work.open(first, pageSize, search, newestFirst);
        }
    };

    /** Takes a step that needs nothing more; a dispatch first asks for the carrier and tracking reference. */
    public void advance(long taskId, String orderNumber, TaskStatus next) {
        if (next == TaskStatus.DISPATCHED) {
            dispatching = taskId;
            dispatchingOrder = orderNumber;
            carrier = null;
            trackingReference = null;
            PrimeFaces.current().executeScript("PF('dispatchDialog').show()");
            return;
        }
        take(taskId, next, null, null, "tasksForm");
    }

    public void dispatch() {
        if (take(dispatching, TaskStatus.DISPATCHED, carrier, trackingReference, "dispatchForm")) {
            PrimeFaces.current().executeScript("PF('dispatchDialog').hide()");
        }
    }

    private boolean take(long taskId, TaskStatus next, String carrier, String tracking, String form) {
        try {
            FulfillmentTask task = work.advance(taskId, next, carrier, tracking);
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get(
                            "tasks.moved",
                            task.getOrderNumber(),
                            PageLanguage.texts().labelInSentence(next)));
            return true;
        } catch (InputRejected rejected) {
            Messages.errors(form, rejected.getProblems());
            return false;
        }
    }

    /** Words an order number, customer, goods or address must contain; empty for every open task. */
    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** Oldest first, the order to work them in, unless the person chose to see the newest first. */
    public boolean isNewestFirst() {
        return newestFirst;
    }

    public void setNewestFirst(boolean newestFirst) {
        this.newestFirst = newestFirst;
    }

    public LazyDataModel<FulfillmentTask> getTasks() {
        return tasks;
    }

    public String getDispatchingOrder() {
        return dispatchingOrder;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingReference() {
        return trackingReference;
    }

    public void setTrackingReference(String trackingReference) {
        this.trackingReference = trackingReference;
    }
}
