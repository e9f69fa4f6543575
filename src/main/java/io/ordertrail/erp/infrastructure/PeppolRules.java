package io.ordertrail.erp.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.w3c.dom.Document;

/**
 * The official OpenPEPPOL BIS 3 ordering rules (release 2024.11), as the schematron compiled to XSLT 2 that
 * phive-rules-peppol publishes, run with Saxon-HE. The build copies the four transactions Ordertrail reads and writes
 * into the WAR, so nothing is fetched at run time. Each transaction's rules are compiled once, on first use; a
 * compiled stylesheet serves any number of threads.
 */
public final class PeppolRules {

    private static final Logger LOG = Logger.getLogger(PeppolRules.class.getName());
    private static final String RELEASE = "peppol/external/schematron/openpeppol/2024.11/xslt/";
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final Processor SAXON = new Processor(false);
    private static final Map<Transaction, XsltExecutable> COMPILED = new ConcurrentHashMap<>();

    private PeppolRules() {}

    /**
     * The PEPPOL BIS 3 ordering transactions Ordertrail takes part in, each with its specification identifier: an
     * Order is answered by an Order Response (T76) in the ordering profile; in the advanced ordering profile, orders,
     * changes and cancellations are answered by an Order Response Advanced (T116).
     */
    public enum Transaction {
        ORDER("T01", "urn:fdc:peppol.eu:poacc:trns:order:3"),
        ORDER_CHANGE("T114", "urn:fdc:peppol.eu:poacc:trns:order_change:3"),
        ORDER_CANCELLATION("T115", "urn:fdc:peppol.eu:poacc:trns:order_cancellation:3"),
        ORDER_RESPONSE("T76", "urn:fdc:peppol.eu:poacc:trns:order_response:3"),
        ORDER_RESPONSE_ADVANCED("T116", "urn:fdc:peppol.eu:poacc:trns:order_response_advanced:3");

        private final String code;
        private final String customizationId;

        Transaction(String code, String customizationId) {
            this.code = code;
            this.customizationId = customizationId;
        }

        /** The transaction's code in the specification, T01 … T115. */
        public String code() {
            return code;
        }

        /** The CustomizationID a document of this transaction starts with. */
        public String customizationId() {
            return customizationId;
        }

        /** Whether a document's CustomizationID names this transaction (it may add an extension after a '#'). */
        public boolean isNamedBy(String customizationId) {
            return customizationId != null && customizationId.trim().startsWith(this.customizationId);
        }
    }

    /** One rule a document breaks: its id, fatal or warning, its text, and where in the document. */
    public record Failure(String ruleId, boolean fatal, String text, String location) {

        /** As the sender reads it: "[PEPPOL-T01-R001] text". */
        public String said() {
            return "[" + ruleId + "] " + text;
        }
    }

    /** Every rule of the transaction the document breaks, fatal ones and warnings, in document order. */
    public static List<Failure> check(Transaction transaction, Document document) {
        try {
            XsltExecutable rules = compiled(transaction);
            XdmDestination report = new XdmDestination();
            // one check of a transaction's rules at a time: Saxon prepares a template rule the first time it runs,
            // and two threads running the same new rule at once failed inside Saxon ("Internal error evaluating
            // template rule", a NullPointerException in its Choose), so the document was retried and dead-lettered
            synchronized (rules) {
                XsltTransformer transformer = rules.load();
                transformer.setSource(new DOMSource(document));
                transformer.setDestination(report);
                transformer.transform();
            }
            List<Failure> failures = new ArrayList<>();
            collect(report.getXdmNode(), failures);
            return failures;
        } catch (SaxonApiException e) {
            throw new IllegalStateException(
                    "The PEPPOL " + transaction.code() + " rules could not be run: " + e.getMessage(), e);
        }
    }

    private static final QName FAILED_ASSERT = new QName(SVRL, "failed-assert");
    private static final QName SUCCESSFUL_REPORT = new QName(SVRL, "successful-report");
    private static final QName TEXT = new QName(SVRL, "text");

    private static void collect(XdmNode node, List<Failure> failures) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            if (FAILED_ASSERT.equals(child.getNodeName()) || SUCCESSFUL_REPORT.equals(child.getNodeName())) {
                String text = "";
                for (XdmNode part : child.children()) {
                    if (TEXT.equals(part.getNodeName())) {
                        text = part.getStringValue().replaceAll("\\s+", " ").trim();
                    }
                }
                String flag = child.attribute("flag");
                failures.add(new Failure(
                        child.attribute("id"),
                        flag == null || "fatal".equals(flag),
                        text,
                        child.attribute("location")));
            } else {
                collect(child, failures);
            }
        }
    }

    private static XsltExecutable compiled(Transaction transaction) {
        return COMPILED.computeIfAbsent(transaction, PeppolRules::compile);
    }

    private static XsltExecutable compile(Transaction transaction) {
        String resource = RELEASE + "PEPPOLBIS-" + transaction.code() + ".xslt";
        try (InputStream in = PeppolRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The PEPPOL " + transaction.code() + " rules are not in the"
                        + " application (" + resource + "): the build copies them from phive-rules-peppol");
            }
            XsltCompiler compiler = SAXON.newXsltCompiler();
            // Saxon's remarks on the published stylesheets (style warnings) go to the log, not to the console
            compiler.setErrorReporter(problem -> LOG.log(
                    problem.isWarning() ? Level.FINE : Level.WARNING,
                    () -> "PEPPOL " + transaction.code() + " rules: " + problem.getMessage()));
            return compiler.compile(new StreamSource(in, resource));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException(
                    "The PEPPOL " + transaction.code() + " rules could not be compiled: " + e.getMessage(), e);
        }
    }
}
