package io.ordertrail.erp.infrastructure;

import com.helger.collection.commons.ICommonsList;
import com.helger.io.resource.ClassPathResource;
import com.helger.ubl21.UBL21Marshaller;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import oasis.names.specification.ubl.schema.xsd.order_21.OrderType;
import oasis.names.specification.ubl.schema.xsd.ordercancellation_21.OrderCancellationType;
import oasis.names.specification.ubl.schema.xsd.orderchange_21.OrderChangeType;
import oasis.names.specification.ubl.schema.xsd.orderresponse_21.OrderResponseType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * ph-ubl's readers of the UBL 2.1 documents the ERP channel receives, and the schema check of the answers it sends,
 * each against a schema that is looked up once per document type. ph-ubl looks the schema up in its cache on every
 * read (4.6 % of the ERP channel's CPU in the profile of docs/benchmarks.md); a {@link Schema} is immutable and safe to
 * share between threads. A reader itself is still made per document: it keeps the error list of its own read.
 */
final class UblReaders {

    private static final Map<Class<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private static final Kind<OrderType> ORDER = Kind.of(OrderType.class, UBL21Marshaller.order());
    private static final Kind<OrderChangeType> ORDER_CHANGE =
            Kind.of(OrderChangeType.class, UBL21Marshaller.orderChange());
    private static final Kind<OrderCancellationType> ORDER_CANCELLATION =
            Kind.of(OrderCancellationType.class, UBL21Marshaller.orderCancellation());
    private static final Kind<OrderResponseType> ORDER_RESPONSE =
            Kind.of(OrderResponseType.class, UBL21Marshaller.orderResponse());

    private UblReaders() {}

    static UBL21Marshaller.UBL21JAXBMarshaller<OrderType> order() {
        return ORDER.reader();
    }

    static UBL21Marshaller.UBL21JAXBMarshaller<OrderChangeType> orderChange() {
        return ORDER_CHANGE.reader();
    }

    static UBL21Marshaller.UBL21JAXBMarshaller<OrderCancellationType> orderCancellation() {
        return ORDER_CANCELLATION.reader();
    }

    /**
     * What the UBL 2.1 OrderResponse schema finds wrong in a text, each with its line and column; empty when the text
     * is a valid OrderResponse. It checks the text as the reader does, against the same cached schema, without
     * building the document's objects: for an answer Ordertrail wrote itself, reading it back through JAXB only to
     * check it cost 4.6 % of the ERP channel's CPU (async-profiler, docs/benchmarks.md).
     */
    static List<String> orderResponseErrors(String xml) {
        Validator validator = ORDER_RESPONSE.reader().createValidationSchema().newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException notAnError) {
                // a warning does not make a document invalid (the reader does not count them either)
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(where(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(where(e));
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException stopped) { // a fatal error, also given to the handler above
            if (errors.isEmpty()) {
                errors.add(stopped.getMessage());
            }
        } catch (IOException e) { // a text in memory cannot fail to be read; say so if it ever does
            throw new UncheckedIOException("could not read an OrderResponse held in memory", e);
        }
        return errors;
    }

    private static String where(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** A document type as ph-ubl describes it: its class, its XSDs and its root element. */
    private record Kind<T>(Class<T> type, ICommonsList<ClassPathResource> xsds, QName root) {

        static <T> Kind<T> of(Class<T> type, UBL21Marshaller.UBL21JAXBMarshaller<T> ubl) {
            return new Kind<>(type, ubl.getOriginalXSDs(), ubl.getRootElementQName());
        }

        SchemaOnce<T> reader() {
            return new SchemaOnce<>(type, xsds, root);
        }
    }

    /** ph-ubl's reader of one document type, with that type's schema looked up once. */
    private static final class SchemaOnce<T> extends UBL21Marshaller.UBL21JAXBMarshaller<T> {

        private final Class<T> type;

        SchemaOnce(Class<T> type, ICommonsList<ClassPathResource> xsds, QName root) {
            super(type, xsds, root);
            this.type = type;
        }

        @Override
        protected Schema createValidationSchema() {
            return SCHEMAS.computeIfAbsent(type, t -> super.createValidationSchema());
        }
    }
}
