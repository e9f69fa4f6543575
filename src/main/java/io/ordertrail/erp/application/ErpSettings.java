package io.ordertrail.erp.application;

import io.ordertrail.erp.infrastructure.UblDocuments;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the ERP channel is set up: how large a document may be, buyers' identifiers, the seller's name. */
@ApplicationScoped
public class ErpSettings {

    /** The largest document taken, in bytes. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.max-document-bytes", defaultValue = "1000000")
    int maxDocumentBytes;
    /** Buyers' identifiers (GLN or their own) that name a customer without a GLN on record: {@code id=C-1001,…}. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.buyers", defaultValue = " ")
    String buyerMapping;
    /** The seller's name in every answer. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.seller-name", defaultValue = "Ordertrail order desk")
    String sellerName;

    private UblDocuments documents;
    private final Map<String, String> buyers = new HashMap<>();

    @PostConstruct
    void configure() {
        documents = new UblDocuments(maxDocumentBytes, sellerName);
        Arrays.stream(buyerMapping.split(","))
                .map(String::trim)
                .filter(s -> s.contains("="))
                .forEach(pair -> buyers.put(
                        pair.substring(0, pair.indexOf('=')).trim(),
                        pair.substring(pair.indexOf('=') + 1).trim()));
    }

    public UblDocuments documents() {
        return documents;
    }

    /** The customer number configured for a buyer's identifier, if any. */
    public Optional<String> customerNumberOf(String buyerId) {
        return Optional.ofNullable(buyers.get(buyerId));
    }
}
