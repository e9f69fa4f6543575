package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.AmendmentOrigin;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.orders.domain.NeedsAttention;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderFact;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The order list: a lazy table filtered by order number, customer, status, channel, date range, flag, what needs
 * attention, who took it and how long it has stood at its status. The filters are view parameters too, so a
 * filtered list can be bookmarked or linked from a home page or the dashboard.
 */
@Named
@ViewScoped
public class OrderListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries orderQueries;

    private String orderNumber;
    private String customer;
    private OrderStatus status;
    private Channel channel;
    private LocalDate from;
    private LocalDate to;
    /** The menu's choice of any flag at all, also in the page's address ({@code ?flag=ANY}). */
    private static final String ANY_FLAG = "ANY";

    private String flag;

    /** One of {@link NeedsAttention} by name, as in the page's address ({@code ?attention=SHORT}). */
    private String attention;
    /** Only the orders the signed-in person took ({@code ?mine=true}). */
    private boolean mine;
    /** Only the orders this person took ({@code ?by=sales}), from the review's figures by staff member. */
    private String takenBy;
    /** One of {@link AmendmentOrigin} by name ({@code ?amended=OUR_ERROR}): orders amended for such a reason. */
    private String amended;

    /** Only orders that did or had what a figure of the review counts ({@code ?fact=CONFIRMED}): its drill-down. */
    private String fact;

    /** Only orders at their status for longer than this many hours ({@code ?stuckHours=4}): stuck. */
    private Integer stuckHours;

    @Inject
    CurrentUser currentUser;

    /** Whether the list's count is exact, an estimate or a lower bound: the paginator says "about" or "more than". */
    private OrderRepository.ListCount.Kind countKind = OrderRepository.ListCount.Kind.EXACT;

    /** The paginator's "1–25 of 310", "… of about 999,977" or "… of more than 10,000". */
    public String getPageReportKey() {
        return switch (countKind) {
            case EXACT -> "pf.pageReport";
            case ESTIMATED -> "pf.pageReport.about";
            case MORE_THAN -> "pf.pageReport.moreThan";
        };
    }

    private final LazyDataModel<Order> orders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            OrderRepository.ListCount count = orderQueries.countForList(getSearch());
            countKind = count.kind();
            return Math.toIntExact(count.orders());
        }

        @Override
        public List<Order> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null
                    ? null
                    : sortBy.values().stream()
                            .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                            .findFirst()
                            .orElse(null);
            keepFiltersInTheAddress();
            return orderQueries.page(
                    getSearch(),
                    sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING,
                    first,
                    pageSize);
        }
    };

    /**
     * The list's filters as the page's address would carry them ({@code ?customer=C-1002&status=CONFIRMED}): typed or
     * chosen filters go into the browser's address bar, so a filtered list can be bookmarked, shared and reloaded.
     */
    public String getQuery() {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("number", orderNumber);
        params.put("customer", customer);
        params.put("status", status == null ? null : status.name());
        params.put("channel", channel == null ? null : channel.name());
        params.put("from", from);
        params.put("to", to);
        params.put("flag", flag);
        params.put("attention", attention);
        params.put("mine", mine ? "true" : null);
        params.put("by", mine ? null : takenBy);
        params.put("amended", amended);
        params.put("stuckHours", stuckHours);
        params.put("fact", fact);
        return params.entrySet().stream()
                .filter(p -> p.getValue() != null && !p.getValue().toString().isBlank())
                .map(p -> p.getKey() + "="
                        + java.net.URLEncoder.encode(
                                p.getValue().toString().strip(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** After an Ajax update of the list, ordertrail.js puts its filters into the address bar (history.replaceState). */
    private void keepFiltersInTheAddress() {
        if (jakarta.faces.context.FacesContext.getCurrentInstance()
                .getPartialViewContext()
                .isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam("otAddress", getQuery());
        }
    }

    public OrderSearch getSearch() {
        return new OrderSearch(
                orderNumber,
                customer,
                status,
                channel,
                from,
                to,
                flagTypes(),
                needing(),
                mine ? currentUser.getName() : takenBy,
                stuckHours == null ? null : Duration.ofHours(stuckHours),
                amendedFor(),
                OrderFact.parse(fact).orElse(null));
    }

    private AmendmentOrigin amendedFor() {
        return Arrays.stream(AmendmentOrigin.values())
                .filter(a -> a.name().equals(amended))
                .findFirst()
                .orElse(null);
    }

    private NeedsAttention needing() {
        return Arrays.stream(NeedsAttention.values())
                .filter(a -> a.name().equals(attention))
                .findFirst()
                .orElse(null);
    }

    /** The flag chosen in the menu or the address: one type, or the menu's "any flag". */
    private Set<FlagType> flagTypes() {
        if (ANY_FLAG.equals(flag)) {
            return EnumSet.allOf(FlagType.class);
        }
        return Arrays.stream(FlagType.values())
                .filter(t -> t.name().equals(flag))
                .collect(Collectors.toSet());
    }

    public void clear() {
        orderNumber = null;
        customer = null;
        status = null;
        channel = null;
        from = null;
        to = null;
        flag = null;
        attention = null;
        mine = false;
        takenBy = null;
        amended = null;
        stuckHours = null;
        fact = null;
    }

    /** A flag in the page's address that is none of ours is refused with a message, not taken for no filter. */
    public void checkFilters() {
        if (flag != null && !flag.isBlank() && flagTypes().isEmpty()) {
            Messages.error(null, PageLanguage.texts().get("list.noSuchFlag", flag));
            flag = null;
        }
        if (attention != null && !attention.isBlank() && needing() == null) {
            Messages.error(null, PageLanguage.texts().get("list.noSuchAttention", attention));
            attention = null;
        }
        if (amended != null && !amended.isBlank() && amendedFor() == null) {
            Messages.error(null, PageLanguage.texts().get("list.noSuchAmendment", amended));
            amended = null;
        }
        if (fact != null && !fact.isBlank() && OrderFact.parse(fact).isEmpty()) {
            Messages.error(null, PageLanguage.texts().get("list.noSuchFact", fact));
            fact = null;
        }
        if (stuckHours != null && stuckHours < 0) {
            Messages.error(null, PageLanguage.texts().get("list.negativeHours"));
            stuckHours = null;
        }
    }

    public LazyDataModel<Order> getOrders() {
        return orders;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public FlagType[] getFlagTypes() {
        return FlagType.values();
    }

    public NeedsAttention[] getAttentions() {
        return NeedsAttention.values();
    }

    public String getAttention() {
        return attention;
    }

    public void setAttention(String attention) {
        this.attention = attention;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public AmendmentOrigin[] getAmendmentOrigins() {
        return AmendmentOrigin.values();
    }

    public String getFact() {
        return fact;
    }

    public void setFact(String fact) {
        this.fact = fact;
    }

    /** What the review's figure the list was opened from counts, in words; null when none. */
    public String getFactLabel() {
        return OrderFact.parse(fact).map(OrderFact::describe).orElse(null);
    }

    public String getAmended() {
        return amended;
    }

    public void setAmended(String amended) {
        this.amended = amended;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public void setTakenBy(String takenBy) {
        this.takenBy = takenBy == null || takenBy.isBlank() ? null : takenBy.trim();
    }

    public Integer getStuckHours() {
        return stuckHours;
    }

    public void setStuckHours(Integer stuckHours) {
        this.stuckHours = stuckHours;
    }

    public String getAnyFlag() {
        return ANY_FLAG;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }
}
