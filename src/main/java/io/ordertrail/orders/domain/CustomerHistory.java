package io.ordertrail.orders.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the customer's previous records say, as far as verifying a new order needs: the address on file and the
 * recent orders, each with its delivery address, purchase-order reference and quantities per product.
 */
public record CustomerHistory(String registeredAddress, List<PastOrder> orders) implements Serializable {

    /** How far back the cross-check looks: the last 12 months. */
    public static final java.time.Duration PERIOD = java.time.Duration.ofDays(365);

    /** An address shorter than this is too vague to count as the start of a known one. */
    private static final int MIN_ADDRESS = 12;

    public CustomerHistory {
        orders = List.copyOf(orders);
    }

    public static CustomerHistory none(String registeredAddress) {
        return new CustomerHistory(registeredAddress, List.of());
    }

    public boolean isEmpty() {
        return orders.isEmpty();
    }

    /**
     * Whether goods have gone to this address before, or it is the address on file: spacing, commas and case aside,
     * and also when one is the other with more at its end (such as the country).
     */
    public boolean knowsAddress(String address) {
        String wanted = normalised(address);
        return sameAddress(wanted, normalised(registeredAddress))
                || orders.stream().anyMatch(o -> sameAddress(wanted, normalised(o.deliveryAddress())));
    }

    private static boolean sameAddress(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return longer.equals(shorter) || shorter.length() >= MIN_ADDRESS && longer.startsWith(shorter + " ");
    }

    public boolean hasOrdered(String productCode) {
        return orders.stream().anyMatch(o -> o.quantities().containsKey(productCode));
    }

    /**
     * The quantity this customer usually orders of the product: the average over earlier lines of it, or over all
     * earlier lines when the product is new to them; zero without history.
     */
    public double usualQuantity(String productCode) {
        List<Integer> same = orders.stream()
                .map(o -> o.quantities().get(productCode))
                .filter(q -> q != null)
                .toList();
        List<Integer> basis = same.isEmpty()
                ? orders.stream().flatMap(o -> o.quantities().values().stream()).toList()
                : same;
        return basis.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    static String normalised(String address) {
        return address == null ? "" : address.trim().replaceAll("[\\s,]+", " ").toLowerCase(Locale.ROOT);
    }

    /** One earlier order, reduced to what the cross-check compares. */
    public record PastOrder(
            String orderNumber,
            Instant recordedAt,
            String deliveryAddress,
            String purchaseOrderReference,
            Map<String, Integer> quantities)
            implements Serializable {
        public PastOrder {
            quantities = Map.copyOf(quantities);
        }

        public Set<String> productCodes() {
            return quantities.keySet().stream().collect(Collectors.toUnmodifiableSet());
        }
    }
}
