package io.ordertrail.erp.web;

import io.ordertrail.erp.application.ErpRejections;
import io.ordertrail.erp.domain.ErpRejection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's list of refused ERP documents. */
@Named
@RequestScoped
public class ErpRejectionsView {

    @Inject
    ErpRejections rejections;

    private List<ErpRejection> recent;

    public List<ErpRejection> getRecent() {
        if (recent == null) {
            recent = rejections.recent();
        }
        return recent;
    }
}
