package io.ordertrail.demo;

import io.ordertrail.erp.application.ErpPartners;
import io.ordertrail.erp.domain.ErpPartner;
import io.ordertrail.platform.messaging.BrokerManagement;
import io.ordertrail.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The run command's ERP partner, which the README's examples send as: broker user {@value #NAME}, password
 * {@value #PASSWORD}, acting for the demo customers C-1001 and C-1002. Set on the broker at every start with demo
 * data (a broker journal made afresh has lost it), after the demo customers are stored.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@RunAs(Roles.ADMIN)
@PermitAll // runs at start-up only, with no caller
public class DemoErpPartner {

    public static final String NAME = "demo-erp";
    public static final String PASSWORD = "demo-erp-password";
    private static final Logger LOG = Logger.getLogger(DemoErpPartner.class.getName());

    @Inject
    ErpPartners erpPartners;

    @Inject
    @ConfigProperty(name = "ordertrail.demo.data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createDemoPartner() {
        if (!enabled) {
            return;
        }
        try {
            erpPartners.ensure(
                    new ErpPartners.PartnerDetails(
                            NAME,
                            "Demo ERP system (Johnssons, C-1001, and C-1002)",
                            ErpPartner.ANSWER_QUEUE_PREFIX + NAME,
                            List.of("C-1001", "C-1002")),
                    PASSWORD);
        } catch (BrokerManagement.BrokerRefused unavailable) {
            LOG.warning(() -> "The demo ERP partner " + NAME + " could not be set on the broker ("
                    + unavailable.getMessage() + "); it is set at the next start.");
        }
    }
}
