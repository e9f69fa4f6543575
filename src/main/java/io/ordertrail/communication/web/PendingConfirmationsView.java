package io.ordertrail.communication.web;

import io.ordertrail.communication.application.OrderConfirmations;
import io.ordertrail.communication.domain.Communication;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The staff's page of confirmations still on their way or given up on: nothing fails unseen. */
@Named
@ViewScoped
public class PendingConfirmationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderConfirmations confirmations;

    private final LazyDataModel<Communication> pending = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(confirmations.countNeedingAttention());
        }

        @Override
        public List<Communication> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return confirmations.needingAttention(first, pageSize);
        }
    };

    public void resend(long communicationId) {
        try {
            Communication again = confirmations.resend(communicationId);
            Messages.infoOnThisPage(
                    PageLanguage.texts().get("confirm.againOf", again.getOrderNumber(), again.getRecipient()));
        } catch (InputRejected rejected) {
            Messages.errors("pendingForm", rejected.getProblems());
        }
    }

    public LazyDataModel<Communication> getPending() {
        return pending;
    }
}
