package io.ordertrail.erp.application;

import io.ordertrail.erp.infrastructure.UblDocuments;
import io.ordertrail.platform.Derived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the ERP channel is set up: how large a document may be, buyers' identifiers, the seller's name. */
@ApplicationScoped
public class ErpSettings {

    /** The largest document taken, in bytes. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.max-document-bytes", defaultValue = "1000000")
    Provider<String> maxDocumentBytes;
    /** Buyers' identifiers (GLN or their own) that name a customer without a GLN on record: {@code id=C-1001,…}. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.buyers", defaultValue = " ")
    Provider<String> buyerMapping;
    /** The seller's name in every answer. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.seller-name", defaultValue = "Ordertrail order desk")
    Provider<String> sellerName;

    /**
     * Our electronic address in PEPPOL ({@code scheme:value}, for example {@code 0088:5790000435975}): the seller's
     * EndpointID in every answer in the PEPPOL BIS profile. Unset, no partner may speak PEPPOL BIS.
     */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.seller-endpoint", defaultValue = " ")
    Provider<String> sellerEndpoint;

    /** The form of an electronic address: a scheme of four digits, a colon and the value. */
    public static final java.util.regex.Pattern ENDPOINT = java.util.regex.Pattern.compile("[0-9]{4}:[^\\s:]{1,100}");

    // read at each use: an admin's change applies to the next document
    private final Derived<UblDocuments> documents =
            new Derived<>("the ERP documents (ordertrail.erp.max-document-bytes, ordertrail.erp.seller-name,"
                    + " ordertrail.erp.seller-endpoint)");
    private final Derived<Map<String, String>> buyers = new Derived<>("the ERP buyers (ordertrail.erp.buyers)");

    public UblDocuments documents() {
        List<String> now = List.of(maxDocumentBytes.get(), sellerName.get(), sellerEndpoint.get());
        return documents.from(
                now,
                () -> new UblDocuments(
                        Integer.parseInt(now.get(0).trim()),
                        now.get(1),
                        endpointIn(now.get(2)).orElse(null)));
    }

    /**
     * Our electronic address in PEPPOL, when it is set.
     *
     * @throws IllegalArgumentException when it is set but not {@code scheme:value}
     */
    public Optional<String> sellerEndpoint() {
        return endpointIn(sellerEndpoint.get());
    }

    private static Optional<String> endpointIn(String setting) {
        String endpoint = setting.trim();
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        if (!ENDPOINT.matcher(endpoint).matches()) {
            throw new IllegalArgumentException("ordertrail.erp.seller-endpoint is " + endpoint
                    + ": write it as scheme:value, for example 0088:5790000435975 (a GLN)");
        }
        return Optional.of(endpoint);
    }

    /** The customer number configured for a buyer's identifier, if any. */
    public Optional<String> customerNumberOf(String buyerId) {
        String mapping = buyerMapping.get();
        return Optional.ofNullable(buyers.from(List.of(mapping), () -> {
                    Map<String, String> byId = new HashMap<>();
                    Arrays.stream(mapping.split(","))
                            .map(String::trim)
                            .filter(s -> s.contains("="))
                            .forEach(pair -> byId.put(
                                    pair.substring(0, pair.indexOf('=')).trim(),
                                    pair.substring(pair.indexOf('=') + 1).trim()));
                    return Map.copyOf(byId);
                })
                .get(buyerId));
    }
}
