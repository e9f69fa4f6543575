package io.ordertrail.orders.application;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.catalog.domain.Product;
import io.ordertrail.catalog.domain.TaxCategory;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.inventory.application.StockQueries;
import io.ordertrail.inventory.domain.LineAvailability;
import io.ordertrail.orders.domain.BusinessCalendar;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.CustomerHistory;
import io.ordertrail.orders.domain.DeliveryEstimate;
import io.ordertrail.orders.domain.DeliveryPromise;
import io.ordertrail.orders.domain.FulfillmentMethod;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderChecks;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.VatRounding;
import io.ordertrail.orders.domain.Verification;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Derived;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.Money;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SOP step 2, verifying order accuracy: resolves the customer and the products, prices each line from the price
 * list, checks availability, cross-checks the customer's previous records and estimates the delivery or pickup
 * date. Runs inside the calling service's transaction and security context; its rules live in the domain.
 */
@ApplicationScoped
public class OrderVerification {

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    @Inject
    OrderRepository orders;

    // the session beans it calls at every order by their own references (@EJB), not CDI's: Payara looks an EJB up
    // behind a CDI reference at each call, and finds a no-interface view by catching an exception it fills a stack
    // trace for (3 % of an order's server CPU in the channels benchmark's profile, docs/benchmarks.md)
    @EJB
    CustomerDirectory customers;

    @EJB
    Catalog catalog;

    @EJB
    StockQueries stock;

    @Inject
    @ConfigProperty(name = "ordertrail.orders.duplicate-window-days", defaultValue = "7")
    Provider<String> duplicateWindowDays;

    @Inject
    @ConfigProperty(name = "ordertrail.orders.unusual-quantity-factor", defaultValue = "3")
    Provider<String> unusualQuantityFactor;

    /** How an order's VAT is rounded: per document (each rate's total, EN 16931's way) or per line. */
    @Inject
    @ConfigProperty(name = "ordertrail.vat.rounding", defaultValue = "PER_DOCUMENT")
    VatRounding vatRounding;

    @Inject
    @ConfigProperty(name = "ordertrail.orders.approval-value", defaultValue = "10000")
    Provider<String> approvalValue;

    @Inject
    @ConfigProperty(name = "ordertrail.calendar.weekend", defaultValue = "SATURDAY,SUNDAY")
    Provider<String> weekend;
    /** Comma-separated ISO dates (Payara's config injection does not produce an Optional list). */
    @Inject
    @ConfigProperty(name = "ordertrail.calendar.holidays", defaultValue = " ")
    Provider<String> holidays;

    @Inject
    @ConfigProperty(name = "ordertrail.delivery.cut-off", defaultValue = "14:00")
    Provider<String> cutOff;

    @Inject
    @ConfigProperty(name = "ordertrail.delivery.processing-days", defaultValue = "1")
    Provider<String> processingDays;

    @Inject
    @ConfigProperty(name = "ordertrail.delivery.transit-days", defaultValue = "2")
    Provider<String> transitDays;

    @Inject
    BusinessClock clock;

    // the settings are read at each use: an admin's change (Payara's config sources) applies to the next order
    // (each setting an injection point of its own: the admin's Settings page lists the settings from them)
    private final Derived<OrderChecks> checks = new Derived<>("the order checks (ordertrail.orders.*)");
    private final Derived<DeliveryPromise> promise =
            new Derived<>("the delivery promise (ordertrail.calendar.*, ordertrail.delivery.*)");

    private OrderChecks checks() {
        List<String> now = List.of(duplicateWindowDays.get(), unusualQuantityFactor.get(), approvalValue.get());
        return checks.from(
                now,
                () -> new OrderChecks(
                        Integer.parseInt(now.get(0).trim()),
                        Double.parseDouble(now.get(1).trim()),
                        new BigDecimal(now.get(2).trim())));
    }

    private DeliveryPromise promise() {
        List<String> now =
                List.of(weekend.get(), holidays.get(), cutOff.get(), processingDays.get(), transitDays.get());
        return promise.from(
                now,
                () -> new DeliveryPromise(
                        new BusinessCalendar(
                                commaSeparated(now.get(0))
                                        .map(day -> DayOfWeek.valueOf(day.toUpperCase(java.util.Locale.ROOT)))
                                        .collect(Collectors.toSet()),
                                commaSeparated(now.get(1)).map(LocalDate::parse).collect(Collectors.toSet())),
                        LocalTime.parse(now.get(2).trim()),
                        Integer.parseInt(now.get(3).trim()),
                        Integer.parseInt(now.get(4).trim())));
    }

    private static Stream<String> commaSeparated(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty());
    }

    /**
     * Verifies the draft.
     *
     * @throws OrderRejected listing every problem when the order is incomplete or names an unknown customer or
     *                       product
     */
    public Verified verify(OrderDraft draft) {
        return verify(draft, null);
    }

    /**
     * Verifies an amended order again: as a new one, except that its own earlier versions are no duplicate of it.
     *
     * @throws OrderRejected listing every problem
     */
    public Verified verify(OrderDraft draft, Order amended) {
        LocalDate today = clock.today();
        List<Problem> problems = new ArrayList<>(
                amended == null ? draft.problems(today) : draft.problemsAsChangeOf(amended.getRequestedDate(), today));
        // a service account (the online platform) orders only for its own customers: any other is no customer to it
        boolean serviceAccount = draft.getChannel() == Channel.ONLINE && security.isCallerInRole(Roles.INTEGRATION);
        Optional<Customer> customer = Optional.ofNullable(draft.getCustomerNumber())
                .filter(n -> !n.isBlank())
                .flatMap(n -> serviceAccount ? customers.ofCallingServiceAccount(n) : customers.byNumber(n));
        if (draft.getCustomerNumber() != null && !draft.getCustomerNumber().isBlank() && customer.isEmpty()) {
            problems.add(new Problem("customer", Phrase.of("verify.noCustomer", draft.getCustomerNumber())));
        }
        List<OrderDraft.DraftLine> draftLines = draft.getLines();
        Map<String, Product> products = catalog.activeProductsByCode(draftLines.stream()
                .map(OrderDraft.DraftLine::productCode)
                .filter(c -> c != null && !c.isBlank())
                .distinct()
                .toList());
        // an amendment keeps the order's currency; a new order is in the customer's
        String currency = amended != null
                ? amended.getCurrencyCode()
                : customer.map(c -> c.getCurrency().getCurrencyCode()).orElse(Money.BASE_CURRENCY);
        Map<String, TaxCategory> taxCategories = catalog.taxCategories();
        List<Order.PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < draftLines.size(); i++) {
            OrderDraft.DraftLine line = draftLines.get(i);
            if (line.productCode() == null || line.productCode().isBlank()) {
                continue; // already reported by the draft's own check
            }
            Product product = products.get(line.productCode());
            Optional<BigDecimal> listPrice = product == null ? Optional.empty() : product.priceOn(today, currency);
            if (product == null) {
                problems.add(new Problem(
                        "lines[" + i + "].product", Phrase.of("verify.noProduct", i + 1, line.productCode())));
            } else if (listPrice.isEmpty()) {
                problems.add(new Problem(
                        "lines[" + i + "].product",
                        Phrase.of("verify.noListPrice", i + 1, product.getCode(), currency)));
            } else if (line.quantity() != null) {
                TaxCategory tax = taxCategories.get(product.getTaxCategory());
                priced.add(new Order.PricedLine(
                        product.getCode(),
                        product.getName(),
                        line.quantity(),
                        listPrice.get(),
                        line.agreedPrice(),
                        line.priceReason(),
                        tax.getVatCategory(),
                        tax.getRate()));
            }
        }
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        Instant now = clock.now();
        List<Optional<LineAvailability>> availability = stock.availability(priced.stream()
                .map(l -> new StockQueries.Wanted(l.productCode(), l.quantity()))
                .toList());
        Customer found = customer.orElseThrow();
        Verification verification = new Verification(
                priced,
                availability.stream()
                        .map(a -> a.map(LineAvailability::describe).orElse("No stock kept at the shipping location"))
                        .toList(),
                checks().check(
                                new OrderChecks.Candidate(
                                        amended == null
                                                ? ""
                                                : amended.getOrderNumber().value(),
                                        priced,
                                        draft.getFulfillmentMethod(),
                                        draft.getDeliveryAddress(),
                                        draft.getPurchaseOrderReference()),
                                orders.historyOf(found, now.minus(CustomerHistory.PERIOD)),
                                now),
                estimate(availability, draft, now),
                java.util.Currency.getInstance(currency),
                found.getVatTreatment(),
                vatRounding);
        return new Verified(found, verification);
    }

    /** The estimate now, when the stock is ready on that day (null: in stock now); unknown when not all covered. */
    public DeliveryEstimate estimateFrom(LocalDate stockReadyOn, boolean allCovered, FulfillmentMethod method) {
        return promise().estimate(clock.localNow(), stockReadyOn, allCovered, method);
    }

    private DeliveryEstimate estimate(List<Optional<LineAvailability>> availability, OrderDraft draft, Instant now) {
        boolean allCovered = availability.stream()
                .allMatch(a -> a.isPresent() && (a.get().inStock() || a.get().expectedOn() != null));
        LocalDate readyOn = availability.stream()
                .flatMap(Optional::stream)
                .filter(a -> !a.inStock() && a.expectedOn() != null)
                .map(LineAvailability::expectedOn)
                .max(LocalDate::compareTo)
                .orElse(null);
        return promise().estimate(clock.local(now), readyOn, allCovered, draft.getFulfillmentMethod());
    }

    /** The customer the order is for, and what verifying it found. */
    public record Verified(Customer customer, Verification verification) {}
}
