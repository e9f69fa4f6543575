package io.ordertrail.erp.infrastructure;

import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.list.ErrorList;
import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpDocument;
import io.ordertrail.erp.domain.ErpOrder;
import io.ordertrail.erp.domain.ErpOrderCancellation;
import io.ordertrail.erp.domain.ErpOrderChange;
import io.ordertrail.erp.domain.Peppol;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.erp.domain.UnreadableDocument;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.LineItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.QuantityType;
import oasis.names.specification.ubl.schema.xsd.order_21.OrderType;
import oasis.names.specification.ubl.schema.xsd.ordercancellation_21.OrderCancellationType;
import oasis.names.specification.ubl.schema.xsd.orderchange_21.OrderChangeType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes OASIS UBL 2.1 ordering documents with ph-ubl (the answers: {@link UblOrderResponses}). Reading is defensive: a size limit first, then an
 * XML parser that refuses any document type declaration (so no external entity is ever read and no entity is
 * expanded: XXE and "billion laughs" end there), then validation against the UBL schema.
 */
public final class UblDocuments {

    static final String ORDER_NS = "urn:oasis:names:specification:ubl:schema:xsd:Order-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final int MAX_REASONS = 5;
    private static final int MAX_RULES = 10;

    private final int maxBytes;
    private final UblOrderResponses responses;

    public UblDocuments(int maxBytes, String sellerName) {
        this(maxBytes, sellerName, null);
    }

    /**
     * @param sellerEndpoint our electronic address in PEPPOL ({@code scheme:value}), for answers in that profile; null
     *                       when no partner speaks it
     */
    public UblDocuments(int maxBytes, String sellerName, String sellerEndpoint) {
        this.maxBytes = maxBytes;
        this.responses = new UblOrderResponses(sellerName, sellerEndpoint);
    }

    /** Reads a document of a partner that speaks plain UBL: see {@link #read(String, boolean)}. */
    public ErpDocument read(String text) {
        return read(text, false);
    }

    /**
     * Reads a UBL 2.1 Order, OrderChange or OrderCancellation: an {@link ErpOrder}, {@link ErpOrderChange} or
     * {@link ErpOrderCancellation}. A document whose CustomizationID names a PEPPOL BIS ordering transaction, or any
     * document of a partner that speaks PEPPOL BIS, is in that profile: after the schema it must also pass the
     * official PEPPOL rules of its transaction (T01, T114, T115), its buyer is named by scheme and value, and its
     * answer will be in the profile.
     *
     * @throws UnreadableDocument when it is no readable UBL ordering document of a buyer who can be told
     * @throws RefusedDocument    when it names its buyer and ID but is not valid UBL, or breaks a fatal PEPPOL rule
     */
    public ErpDocument read(String text, boolean partnerSpeaksPeppol) {
        if (text == null || text.isBlank()) {
            throw new UnreadableDocument(
                    "The message is empty: send a UBL 2.1 Order, OrderChange or" + " OrderCancellation document.");
        }
        checkSize(text.getBytes(StandardCharsets.UTF_8).length);
        Document dom = parse(text);
        Element root = dom.getDocumentElement();
        // a root in no namespace is no UBL document either (and an immutable map refuses a null key)
        String kind = root.getNamespaceURI() == null ? null : KINDS.get(root.getNamespaceURI());
        if (kind == null || !kind.equals(root.getLocalName())) {
            throw new UnreadableDocument("Not a UBL 2.1 Order, OrderChange or OrderCancellation: the root element is "
                    + (root.getNamespaceURI() == null
                            ? root.getNodeName() + ", in no namespace"
                            : "{" + root.getNamespaceURI() + "}" + root.getLocalName())
                    + ".");
        }
        PeppolRules.Transaction transaction = switch (kind) {
            case "Order" -> PeppolRules.Transaction.ORDER;
            case "OrderChange" -> PeppolRules.Transaction.ORDER_CHANGE;
            default -> PeppolRules.Transaction.ORDER_CANCELLATION;
        };
        boolean peppol = partnerSpeaksPeppol || transaction.isNamedBy(childText(root, CBC, "CustomizationID"));
        // who sent it is read before validation, so that an invalid document can still be answered
        Element buyerParty = child(child(root, CAC, "BuyerCustomerParty"), CAC, "Party");
        Sender sender = new Sender(
                childText(root, CBC, "ID"),
                peppol ? PeppolParties.idsOf(buyerParty) : buyerIds(buyerParty),
                childText(child(buyerParty, CAC, "PartyName"), CBC, "Name"),
                kind,
                peppol ? peppolOf(root, buyerParty, transaction, partnerSpeaksPeppol) : null);
        // the schema first, then the profile's rules
        Object valid = switch (kind) {
            case "Order" -> valid(UblReaders.order(), dom, sender);
            case "OrderChange" -> valid(UblReaders.orderChange(), dom, sender);
            default -> valid(UblReaders.orderCancellation(), dom, sender);
        };
        if (peppol) {
            obeysPeppolRules(transaction, dom, sender);
        }
        if (valid instanceof OrderType order) {
            return toErpOrder(order, sender);
        }
        if (valid instanceof OrderChangeType change) {
            return toErpOrderChange(change, sender);
        }
        return toErpOrderCancellation((OrderCancellationType) valid, sender);
    }

    /**
     * How a PEPPOL document was sent, before its rules are run: the answer needs the buyer's electronic address, so a
     * document without one cannot be answered in the profile and is not read.
     */
    private static Peppol peppolOf(
            Element root, Element buyerParty, PeppolRules.Transaction transaction, boolean answeredInProfile) {
        String endpoint = PeppolParties.endpointOf(buyerParty);
        if (endpoint == null && answeredInProfile) {
            throw new UnreadableDocument("A PEPPOL BIS " + transaction.code() + " document must name the buyer's"
                    + " electronic address (BuyerCustomerParty/Party/EndpointID with its schemeID); without it the"
                    + " answer cannot be addressed, so it is not taken.");
        }
        String profile = childText(root, CBC, "ProfileID");
        String currency = childText(root, CBC, "DocumentCurrencyCode");
        return new Peppol(
                Peppol.ADVANCED_ORDERING.equals(profile) ? Peppol.ADVANCED_ORDERING : Peppol.ORDERING,
                endpoint,
                currency != null && currency.matches("[A-Z]{3}") ? currency : null,
                List.of(),
                answeredInProfile);
    }

    /**
     * The official rules of the document's PEPPOL transaction: a fatal one broken refuses the document, naming the
     * rules; warnings are kept with it.
     */
    private static void obeysPeppolRules(PeppolRules.Transaction transaction, Document dom, Sender sender) {
        List<PeppolRules.Failure> failures = PeppolRules.check(transaction, dom);
        List<String> fatal = failures.stream()
                .filter(PeppolRules.Failure::fatal)
                .map(PeppolRules.Failure::said)
                .distinct()
                .toList();
        if (!fatal.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            reasons.add("Not valid under the PEPPOL BIS 3 rules of " + transaction.code() + " ("
                    + transaction.customizationId() + ")"
                    + (fatal.size() > MAX_RULES ? ", the first " + MAX_RULES + " of " + fatal.size() : "") + ":");
            reasons.addAll(fatal.subList(0, Math.min(fatal.size(), MAX_RULES)));
            throw sender.refusal(reasons);
        }
        sender.warnings()
                .addAll(failures.stream()
                        .map(PeppolRules.Failure::said)
                        .distinct()
                        .toList());
    }

    /** Whether a document of this many bytes may be read at all. */
    public boolean takes(long bytes) {
        return bytes <= maxBytes;
    }

    /**
     * @throws UnreadableDocument when a document of this many bytes is over the limit
     */
    public void checkSize(long bytes) {
        if (!takes(bytes)) {
            throw new UnreadableDocument("The document is " + bytes + " bytes, over the limit of " + maxBytes
                    + " bytes: split the order, or leave out attachments.");
        }
    }

    private static final java.util.Map<String, String> KINDS = java.util.Map.of(
            ORDER_NS,
            "Order",
            "urn:oasis:names:specification:ubl:schema:xsd:OrderChange-2",
            "OrderChange",
            "urn:oasis:names:specification:ubl:schema:xsd:OrderCancellation-2",
            "OrderCancellation");

    /**
     * What can be told of a document's sender before it is validated, and is then taken as read; the PEPPOL rules'
     * warnings are added once they have run.
     */
    private record Sender(
            String documentId,
            List<String> buyerIds,
            String buyerName,
            String kind,
            Peppol peppol,
            List<String> warnings) {

        Sender(String documentId, List<String> buyerIds, String buyerName, String kind, Peppol peppol) {
            this(documentId, buyerIds, buyerName, kind, peppol, new ArrayList<>());
        }

        String key() {
            return buyerIds.isEmpty() ? null : buyerIds.get(0);
        }

        /**
         * The document refused for these reasons: answered when it names its ID and a buyer, else dead-lettered, as
         * there is nobody to answer.
         */
        RuntimeException refusal(List<String> reasons) {
            if (documentId == null || buyerIds.isEmpty()) {
                return new UnreadableDocument(String.join("; ", reasons)
                        + (buyerIds.isEmpty() ? " It names no buyer party, so it cannot be answered." : ""));
            }
            return new RefusedDocument(documentId, key(), buyerName, reasons, peppol);
        }

        /** How the document was sent in the PEPPOL profile, with the warnings found: null for plain UBL. */
        Peppol envelope() {
            return peppol == null ? null : peppol.warned(warnings);
        }
    }

    private static <T> T valid(com.helger.jaxb.GenericJAXBMarshaller<T> marshaller, Document dom, Sender sender) {
        ErrorList errors = new ErrorList();
        T document = marshaller.setCollectErrors(errors).read(dom);
        if (document != null && !errors.containsAtLeastOneError()) {
            return document;
        }
        List<String> reasons = new ArrayList<>();
        for (IError error : errors) {
            if (error.isError() && reasons.size() < MAX_REASONS) {
                reasons.add("Not valid against the UBL 2.1 " + sender.kind() + " schema: "
                        + error.getErrorText(Locale.ENGLISH)
                        + (error.hasErrorLocation()
                                ? " (" + error.getErrorLocation().getAsString() + ")"
                                : ""));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("Not valid against the UBL 2.1 " + sender.kind() + " schema.");
        }
        throw sender.refusal(reasons);
    }

    /**
     * Configured once and never changed after, so that each parse only asks it for a new builder: looking a factory
     * up scans the class path every time.
     */
    static final DocumentBuilderFactory SAFE_PARSERS = safeParsers();

    private static DocumentBuilderFactory safeParsers() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe: " + e.getMessage(), e);
        }
    }

    private Document parse(String text) {
        try {
            DocumentBuilder builder = SAFE_PARSERS.newDocumentBuilder();
            builder.setErrorHandler(RAISE);
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new UnreadableDocument(
                        "The document declares a document type (DOCTYPE). UBL needs none, and"
                                + " one could read files or expand entities (XXE, billion laughs), so it is refused.",
                        e);
            }
            throw new UnreadableDocument(
                    "Not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + "): "
                            + message,
                    e);
        } catch (SAXException | IOException e) {
            throw new UnreadableDocument("Not readable as XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe: " + e.getMessage(), e);
        }
    }

    private static final ErrorHandler RAISE = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not a reason to refuse
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static List<String> buyerIds(Element party) {
        List<String> ids = new ArrayList<>();
        if (party == null) {
            return ids;
        }
        // the GLN first: it is the sender's key
        for (Node n = party.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && CAC.equals(e.getNamespaceURI())
                    && "PartyIdentification".equals(e.getLocalName())) {
                Element id = child(e, CBC, "ID");
                if (id != null && !id.getTextContent().isBlank()) {
                    if ("GLN".equals(id.getAttribute("schemeID"))) {
                        ids.add(0, id.getTextContent().trim());
                    } else {
                        ids.add(id.getTextContent().trim());
                    }
                }
            }
        }
        String endpoint = childText(party, CBC, "EndpointID");
        if (endpoint != null && !ids.contains(endpoint)) {
            ids.add(endpoint);
        }
        return ids;
    }

    /** The parent's first child element of that name, or null. */
    static Element child(Element parent, String ns, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String ns, String name) {
        Element e = child(parent, ns, name);
        return e == null || e.getTextContent().isBlank()
                ? null
                : e.getTextContent().trim();
    }

    private static ErpOrder toErpOrder(OrderType order, Sender sender) {
        List<ErpOrder.Line> lines = new ArrayList<>();
        LocalDate requested = requestedStart(order.getDelivery());
        for (OrderLineType orderLine : order.getOrderLine()) {
            LineItemType item = orderLine.getLineItem();
            ItemType what = item.getItem();
            QuantityType quantity = item.getQuantity();
            lines.add(new ErpOrder.Line(
                    item.getID().getValue(),
                    identification(what.getSellersItemIdentification()),
                    identification(what.getStandardItemIdentification()),
                    quantity == null ? null : quantity.getValue(),
                    quantity == null ? null : quantity.getUnitCode(),
                    what.getName() == null ? null : what.getName().getValue()));
            LocalDate lineDate = requestedStart(item.getDelivery());
            if (requested == null || (lineDate != null && lineDate.isBefore(requested))) {
                requested = lineDate;
            }
        }
        String note = order.getNote().stream()
                .map(NoteType::getValue)
                .filter(Objects::nonNull)
                .reduce((a, b) -> a + " / " + b)
                .orElse(null);
        return new ErpOrder(
                sender.key(),
                sender.buyerIds(),
                sender.buyerName(),
                sender.documentId(),
                lines,
                requested,
                note,
                deliveryLocationIds(order.getDelivery()),
                sender.envelope());
    }

    private static ErpOrderChange toErpOrderChange(OrderChangeType change, Sender sender) {
        List<ErpOrderChange.Line> lines = new ArrayList<>();
        for (OrderLineType orderLine : change.getOrderLine()) {
            LineItemType item = orderLine.getLineItem();
            String status = item.getLineStatusCode() == null
                    ? "Revised"
                    : item.getLineStatusCode().getValue();
            // UBL's own words, or the UNCL 1229 codes of PEPPOL's T114: 1 added, 2 deleted, 3 changed, 4 no action
            ErpOrderChange.Change what = switch (status == null ? "" : status.trim()) {
                case "Added", "1" -> ErpOrderChange.Change.ADDED;
                case "Cancelled", "2" -> ErpOrderChange.Change.CANCELLED;
                default -> ErpOrderChange.Change.REVISED;
            };
            QuantityType quantity = item.getQuantity();
            lines.add(new ErpOrderChange.Line(
                    item.getID().getValue(),
                    what,
                    identification(item.getItem().getSellersItemIdentification()),
                    identification(item.getItem().getStandardItemIdentification()),
                    quantity == null ? null : quantity.getValue(),
                    quantity == null ? null : quantity.getUnitCode()));
        }
        String note = change.getNote().stream()
                .map(NoteType::getValue)
                .filter(Objects::nonNull)
                .reduce((a, b) -> a + " / " + b)
                .orElse(null);
        return new ErpOrderChange(
                sender.key(),
                sender.buyerIds(),
                sender.buyerName(),
                sender.documentId(),
                change.getSequenceNumberID() == null
                        ? null
                        : change.getSequenceNumberID().getValue(),
                change.getOrderReference().getID().getValue(),
                lines,
                note,
                sender.envelope());
    }

    private static ErpOrderCancellation toErpOrderCancellation(OrderCancellationType cancellation, Sender sender) {
        String note = cancellation.getCancellationNote().stream()
                .map(n -> n.getValue())
                .filter(Objects::nonNull)
                .reduce((a, b) -> a + " / " + b)
                .orElse(null);
        return new ErpOrderCancellation(
                sender.key(),
                sender.buyerIds(),
                sender.buyerName(),
                sender.documentId(),
                cancellation.getOrderReference().get(0).getID().getValue(),
                note,
                sender.envelope());
    }

    private static String identification(ItemIdentificationType id) {
        return id == null || id.getID() == null || id.getID().getValue() == null
                ? null
                : id.getID().getValue().trim();
    }

    /**
     * How the buyer names the place of delivery: the delivery location's ID, its address's ID, or the delivery
     * party's identifiers (a GLN, usually), in that order.
     */
    private static List<String> deliveryLocationIds(List<DeliveryType> deliveries) {
        List<String> ids = new ArrayList<>();
        for (DeliveryType delivery : deliveries) {
            var location = delivery.getDeliveryLocation();
            if (location != null) {
                addId(ids, location.getID());
                if (location.getAddress() != null) {
                    addId(ids, location.getAddress().getID());
                }
            }
            if (delivery.getDeliveryParty() != null) {
                delivery.getDeliveryParty().getPartyIdentification().forEach(p -> addId(ids, p.getID()));
            }
        }
        return ids;
    }

    private static void addId(
            List<String> ids, oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.IDType id) {
        if (id != null
                && id.getValue() != null
                && !id.getValue().isBlank()
                && !ids.contains(id.getValue().trim())) {
            ids.add(id.getValue().trim());
        }
    }

    private static LocalDate requestedStart(List<DeliveryType> deliveries) {
        return deliveries.stream()
                .map(DeliveryType::getRequestedDeliveryPeriod)
                .filter(Objects::nonNull)
                .map(PeriodType::getStartDate)
                .filter(Objects::nonNull)
                .map(d -> d.getValue().toLocalDate())
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    /**
     * The answer as a UBL 2.1 OrderResponse, valid against its schema; for a document in the PEPPOL BIS profile, as
     * the profile's Order Response, valid under its rules too.
     */
    public String writeResponse(ErpAnswer answer, LocalDate issued) {
        return responses.write(answer, issued);
    }
}
