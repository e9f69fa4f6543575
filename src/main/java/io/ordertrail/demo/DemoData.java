package io.ordertrail.demo;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.VatTreatment;
import io.ordertrail.inventory.domain.Replenishment;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.security.Roles;
import io.ordertrail.security.UserAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the embedded setup: products, stock, customers and one user per role, all with password
 * {@code demo}. Created only when {@code ordertrail.demo.data=true}, which the run command and the tests set and
 * production never does; created once, so restarts keep what people entered.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@RunAs(Roles.ADMIN)
@PermitAll // runs at start-up only, with no caller
public class DemoData {

    @Inject
    BusinessClock clock;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final char[] DEMO_PASSWORD = "demo".toCharArray();

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts userAccounts;

    @Inject
    CustomerDirectory customers;

    @Inject
    @ConfigProperty(name = "ordertrail.demo.data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void createDemoData() {
        if (!enabled) {
            return;
        }
        createUsers();
        if (em.createQuery("select count(p) from Product p", Long.class).getSingleResult() == 0) {
            createCatalogAndStock();
            createCustomers();
            LOG.info("Demo data created: products, stock, customers");
        }
        // the online platform's service account may see and order for the demo customers
        for (String customer : List.of("C-1001", "C-1002", "C-1003", "C-1004", "C-1005")) {
            customers.linkToServiceAccount(customer, "integration");
        }
    }

    private void createUsers() {
        record DemoUser(String username, String displayName, String role) {}
        List<DemoUser> users = List.of(
                new DemoUser("sales", "Sam Sales", Roles.SALES),
                new DemoUser("inventory", "Ivy Inventory", Roles.INVENTORY),
                new DemoUser("fulfillment", "Finn Fulfillment", Roles.FULFILLMENT),
                new DemoUser("manager", "Morgan Manager", Roles.MANAGER),
                new DemoUser("admin", "Ada Admin", Roles.ADMIN),
                new DemoUser("integration", "Online platform (service account)", Roles.INTEGRATION),
                new DemoUser("metrics", "Monitoring (service account)", Roles.METRICS));
        for (DemoUser user : users) {
            // an address at the local mail catcher, so that reports and notification digests can be seen there
            String email = user.role().equals(Roles.INTEGRATION) || user.role().equals(Roles.METRICS)
                    ? null
                    : user.username() + "@ordertrail.invalid";
            if (userAccounts.createIfAbsent(
                    user.username(), user.displayName(), email, DEMO_PASSWORD, Set.of(user.role()))) {
                LOG.info(() -> "Demo user created: " + user.username() + " (" + user.role() + ")");
            }
        }
    }

    private void createCatalogAndStock() {
        Object[][] products = {
            // code, name, price (GBP), unit, stock at MAIN, price (EUR)
            {"SItemNo001", "Falu Rödfärg red paint, 1 l", "50.00", "LTR", 2000, "58.50"},
            {"SItemNo011", "Pensel 20 mm paint brush", "15.00", "C62", 500, "17.50"},
            {"PNT-WHT-10", "Interior paint white, 10 l", "89.90", "EA", 120, "104.90"},
            {"PNT-PRM-05", "Wood primer, 5 l", "54.50", "EA", 60, "63.90"},
            {"BRS-SET-03", "Brush set, 3 pieces", "24.90", "EA", 300, "28.90"},
            {"RLR-230", "Paint roller 230 mm", "12.40", "EA", 250, "14.50"},
            {"TAP-MSK-50", "Masking tape 50 mm x 50 m", "6.20", "EA", 1000, "7.25"},
            {"SHT-DROP-4", "Drop sheet 4 x 5 m", "9.80", "EA", 0, "11.45"},
        };
        LocalDate today = clock.today();
        for (Object[] p : products) {
            Product product = new Product((String) p[0], (String) p[1], new BigDecimal((String) p[2]), (String) p[3]);
            product.priceFrom("EUR", Product.ALWAYS, new BigDecimal((String) p[5])); // the EUR price list
            if ("SItemNo001".equals(p[0])) {
                product.tradedAs("1234567890123"); // its GTIN in the OASIS UBL example order
            }
            em.persist(product);
            em.persist(new StockLevel(product, "MAIN", (Integer) p[4]));
            if ((Integer) p[4] < 100) { // low stock: more is on its way
                em.persist(new Replenishment(product, "MAIN", 200, today.plusDays(7)));
            }
        }
    }

    private void createCustomers() {
        Customer johnssons = new Customer(
                "C-1001",
                "Johnssons byggvaror",
                "eva.johnsson@example.se",
                "+46 8 555 0101",
                "Rådhusgatan 5, 114 57 Stockholm, Sweden");
        johnssons.identifiedByGln("7300070011115"); // the buyer of the OASIS UBL example order
        em.persist(johnssons);
        em.persist(new Customer(
                "C-1002",
                "Acme Hardware Ltd",
                "orders@acme.example",
                "+44 20 7946 0018",
                "12 Mill Lane, Leeds LS1 4AB, United Kingdom"));
        em.persist(new Customer(
                "C-1003",
                "Brightside Decorators",
                "office@brightside.example",
                "+44 161 496 0555",
                "4 Canal Street, Manchester M1 3HE, United Kingdom"));
        Customer nordic = new Customer(
                "C-1004",
                "Nordic Home Interiors AB",
                "inkop@nordichome.example",
                "+46 31 555 0199",
                "Kungsgatan 22, 411 19 Göteborg, Sweden");
        // a business in another EU member state, billed in euros: no VAT, reverse charged to it
        nordic.billedIn("EUR", VatTreatment.REVERSE_CHARGE, "SE556677889901");
        em.persist(nordic);
        em.persist(new Customer(
                "C-1005",
                "Harbour Property Maintenance",
                "accounts@harbourpm.example",
                "+44 117 496 0733",
                "Unit 7, Wapping Wharf, Bristol BS1 6WP, United Kingdom"));
    }
}
