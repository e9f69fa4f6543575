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

    // read at each use: an admin's change applies to the next document
    private final Derived<UblDocuments> documents =
            new Derived<>("the ERP documents (ordertrail.erp.max-document-bytes, ordertrail.erp.seller-name)");
    private final Derived<Map<String, String>> buyers = new Derived<>("the ERP buyers (ordertrail.erp.buyers)");

    public UblDocuments documents() {
        List<String> now = List.of(maxDocumentBytes.get(), sellerName.get());
        return documents.from(
                now, () -> new UblDocuments(Integer.parseInt(now.get(0).trim()), now.get(1)));
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
