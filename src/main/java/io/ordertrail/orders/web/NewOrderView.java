package io.ordertrail.orders.web;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.catalog.domain.PricedProduct;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.inventory.application.StockQueries;
import io.ordertrail.orders.application.OrderAttachments;
import io.ordertrail.orders.application.OrderIntake;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.Verification;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Money;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.platform.originals.InboundOriginal;
import io.ordertrail.platform.originals.OriginalKind;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.platform.web.Uploads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The new-order screen (SOP steps 1 to 3): adapts what staff type to an {@link OrderDraft}, shows the verification
 * for the final double-check and records the order. The rules are the service's and the domain's.
 */
@Named
@ViewScoped
public class NewOrderView implements Serializable {

    @Inject
    OrderAttachments attachments;

    @Inject
    InboundOriginal inbound;

    @Inject
    BusinessClock clock;

    private static final long serialVersionUID = 1L;
    private static final String FORM = "orderForm";
    private static final String CUSTOMER_FORM = "customerForm";

    @Inject
    OrderIntake intake;

    @Inject
    CustomerDirectory customerDirectory;

    @Inject
    Catalog catalog;

    @Inject
    StockQueries stock;

    private Channel channel = Channel.PHONE;
    private Customer customer;
    private final OrderForm form = new OrderForm();
    private String sourceEmail;
    /** The email file itself, kept with the order once it is recorded (not only its text). */
    private String sourceEmailFileName;

    private byte[] sourceEmailFile;

    private final NewCustomerForm newCustomer = new NewCustomerForm();
    private Verification verification;
    private List<PricedProduct> products;
    private List<ReviewLine> reviewLines = List.of();

    @PostConstruct
    void init() {
        products = catalog.activeProductsPricedOn(clock.today());
        form.addLine();
    }

    public List<Customer> completeCustomer(String text) {
        return customerDirectory.search(text);
    }

    /** A delivery address starts as the customer's usual one; staff can change it. */
    public void customerChosen() {
        if (customer != null && customer.getDefaultDeliveryAddress() != null) {
            form.setDeliveryAddress(customer.getDefaultDeliveryAddress());
        }
        // the product list shows the prices of the customer's price list
        String currency =
                customer == null ? Money.BASE_CURRENCY : customer.getCurrency().getCurrencyCode();
        if (!products.isEmpty() && !products.get(0).currency().equals(currency)) {
            products = catalog.activeProductsPricedOn(clock.today(), currency);
            PrimeFaces.current().ajax().update("orderForm:lines");
        }
    }

    /** Creates the customer from the dialog and puts them on the order. */
    public void createCustomer() {
        try {
            customer = customerDirectory.register(newCustomer.toDetails());
            customerChosen();
            newCustomer.clear();
            PrimeFaces.current().executeScript("PF('newCustomerDialog').hide()");
        } catch (InputRejected rejected) {
            Messages.errors(CUSTOMER_FORM, rejected.getProblems());
        }
    }

    /** An email saved as a file (.eml or text) becomes the order's source record, as if it had been pasted. */
    public void attachSourceEmail(FileUploadEvent event) {
        Uploads.utf8Text(event.getFile().getContent())
                .ifPresentOrElse(
                        text -> {
                            sourceEmail = text;
                            sourceEmailFileName = event.getFile().getFileName();
                            sourceEmailFile = event.getFile().getContent();
                        },
                        () -> Messages.error(
                                FORM + ":sourceEmailFile",
                                PageLanguage.texts()
                                        .get(
                                                "order.notATextEmail",
                                                event.getFile().getFileName())));
    }

    /** Checks the line's availability as it is typed (SOP step 2); nothing to say until product and quantity are there. */
    public void checkAvailability(OrderForm.LineRow row) {
        row.checkAvailability(stock);
    }

    /** Verifies the order and opens the final double-check, or lists what is missing next to the fields. */
    public void review() {
        try {
            verification = intake.verify(draft());
            reviewLines = reviewLinesOf(verification);
            PrimeFaces.current().executeScript("PF('reviewDialog').show()");
        } catch (InputRejected rejected) {
            verification = null;
            reviewLines = List.of();
            Messages.errors(FORM, rejected.getProblems());
        }
    }

    public String record() {
        try {
            if (channel == Channel.EMAIL && sourceEmailFile != null) {
                // the email file is the order's original: the trail links it to the order in the same transaction
                inbound.arrived(OriginalKind.SOURCE_EMAIL, "message/rfc822", sourceEmailFileName, sourceEmailFile);
            }
            OrderNumber orderNumber = intake.record(draft());
            keepTheEmailFile(orderNumber);
            Messages.info(PageLanguage.texts()
                    .get(
                            verification != null && verification.needsSecondPerson()
                                    ? "order.recorded.forApproval"
                                    : "order.recorded",
                            orderNumber.value()));
            return "/orders/order.xhtml?faces-redirect=true&number=" + orderNumber;
        } catch (InputRejected rejected) {
            PrimeFaces.current().executeScript("PF('reviewDialog').hide()");
            Messages.errors(FORM, rejected.getProblems());
            return null;
        }
    }

    /** An email order's original file (.eml) stays with the order as an attachment, besides its text. */
    private void keepTheEmailFile(OrderNumber orderNumber) {
        if (channel != Channel.EMAIL || sourceEmailFile == null) {
            return;
        }
        try {
            attachments.add(
                    orderNumber,
                    new OrderAttachments.Upload(sourceEmailFileName, sourceEmailFile, "the email the order came in"));
        } catch (InputRejected rejected) {
            Messages.error(
                    null,
                    PageLanguage.texts()
                            .get(
                                    "order.emailFileNotKept",
                                    rejected.getProblems().get(0).in(PageLanguage.texts())));
        }
    }

    private OrderDraft draft() {
        return form.fill(new OrderDraft()
                .channel(channel)
                .customer(customer == null ? null : customer.getCustomerNumber())
                .sourceEmail(channel == Channel.EMAIL ? sourceEmail : null));
    }

    public boolean isEmailOrder() {
        return channel == Channel.EMAIL;
    }

    public Verification getVerification() {
        return verification;
    }

    /** The verified lines with their availability, for the double-check (records are not EL beans on Payara 6). */
    public List<ReviewLine> getReviewLines() {
        return reviewLines;
    }

    /** The review's lines, worked out once when the order is reviewed. */
    private List<ReviewLine> reviewLinesOf(Verification verification) {
        List<ReviewLine> rows = new ArrayList<>();
        Texts t = PageLanguage.texts();
        var availability = stock.availability(verification.lines().stream()
                .map(l -> new StockQueries.Wanted(l.productCode(), l.quantity()))
                .toList());
        for (int i = 0; i < verification.lines().size(); i++) {
            var line = verification.lines().get(i);
            rows.add(new ReviewLine(
                    line.productCode() + " · " + line.productName(),
                    line.quantity(),
                    line.unitPrice(),
                    line.lineTotal(),
                    line.hasAgreedPrice()
                            ? t.get("order.line.agreedListPrice", t.amount(line.listPrice(), verification.currency()))
                            : t.get("order.line.listPrice.note"),
                    // said again in the page's language; the verification's own words are the record's (English)
                    availability.get(i).map(a -> a.describe(t)).orElse(t.get("availability.noStock"))));
        }
        return rows;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public List<PricedProduct> getProducts() {
        return products;
    }

    public OrderForm getForm() {
        return form;
    }

    public NewCustomerForm getNewCustomer() {
        return newCustomer;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public String getSourceEmail() {
        return sourceEmail;
    }

    public void setSourceEmail(String sourceEmail) {
        this.sourceEmail = sourceEmail;
    }

    /** One verified line as the double-check shows it. */
    public static final class ReviewLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String product;
        private final int quantity;
        private final BigDecimal unitPrice;
        private final BigDecimal total;
        private final String priceNote;
        private final String availability;

        ReviewLine(
                String product,
                int quantity,
                BigDecimal unitPrice,
                BigDecimal total,
                String priceNote,
                String availability) {
            this.product = product;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.total = total;
            this.priceNote = priceNote;
            this.availability = availability;
        }

        public String getProduct() {
            return product;
        }

        public int getQuantity() {
            return quantity;
        }

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public String getPriceNote() {
            return priceNote;
        }

        public String getAvailability() {
            return availability;
        }
    }

    /** The new-customer dialog's fields. */
    public static final class NewCustomerForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String contactName;
        private String email;
        private String phone;
        private String address;

        NewCustomer toDetails() {
            return new NewCustomer(name, contactName, email, phone, address);
        }

        void clear() {
            name = contactName = email = phone = address = null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getContactName() {
            return contactName;
        }

        public void setContactName(String contactName) {
            this.contactName = contactName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }
}
