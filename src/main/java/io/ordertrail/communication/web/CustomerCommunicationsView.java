package io.ordertrail.communication.web;

import io.ordertrail.communication.application.OrderConfirmations;
import io.ordertrail.communication.domain.Communication;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The communications part of a customer's page: the latest confirmations and emails about its orders. */
@Named
@ViewScoped
public class CustomerCommunicationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LATEST = 20;

    @Inject
    OrderConfirmations confirmations;

    private List<Communication> latest = List.of();

    @PostConstruct
    void load() {
        String number = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("number");
        if (number != null && !number.isBlank()) {
            latest = confirmations.forCustomer(number.trim(), LATEST);
        }
    }

    public List<Communication> getLatest() {
        return latest;
    }
}
