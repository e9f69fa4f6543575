package io.ordertrail.erp.infrastructure;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How a PEPPOL BIS document names a party: by its electronic address (EndpointID) and its identifiers
 * (PartyIdentification/ID), each in a scheme of the ISO 6523 ICD list or the Electronic Address Scheme list
 * ({@code 0088} GLN, {@code 0192} Norwegian organisation number, {@code 0007} Swedish, …). Each is read as
 * {@code scheme:value}; an identifier without a scheme as its value alone.
 */
final class PeppolParties {

    private PeppolParties() {}

    /** The party's electronic address as {@code scheme:value}, or null when it has none with a scheme. */
    static String endpointOf(Element party) {
        Element endpoint = UblDocuments.child(party, UblDocuments.CBC, "EndpointID");
        return endpoint == null ? null : schemed(endpoint, true);
    }

    /** The party's electronic address first (the sender's key), then every identifier. */
    static List<String> idsOf(Element party) {
        List<String> ids = new ArrayList<>();
        String endpoint = endpointOf(party);
        if (endpoint != null) {
            ids.add(endpoint);
        }
        if (party == null) {
            return ids;
        }
        for (Node n = party.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && UblDocuments.CAC.equals(e.getNamespaceURI())
                    && "PartyIdentification".equals(e.getLocalName())) {
                Element id = UblDocuments.child(e, UblDocuments.CBC, "ID");
                String value = id == null ? null : schemed(id, false);
                if (value != null && !ids.contains(value)) {
                    ids.add(value);
                }
            }
        }
        return ids;
    }

    /** The identifier as {@code scheme:value}; without a scheme its value alone, or null when a scheme is required. */
    private static String schemed(Element id, boolean schemeRequired) {
        String scheme = id.getAttribute("schemeID").trim();
        String value = id.getTextContent().trim();
        if (value.isEmpty() || (scheme.isEmpty() && schemeRequired)) {
            return null;
        }
        return scheme.isEmpty() ? value : scheme + ":" + value;
    }
}
