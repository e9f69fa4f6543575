package io.ordertrail.erp.infrastructure;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.helger.diagnostics.error.list.ErrorList;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import oasis.names.specification.ubl.schema.xsd.order_21.OrderType;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The readers share one schema per document type, and each read still keeps its own errors; an answer is checked
 * against its schema without being read.
 */
class UblReadersTest {

    private static String order() throws IOException {
        return UblDocumentsTest.fixture("UBL-Order-2.1-Example.xml");
    }

    @Test
    void readsOnManyThreadsAtOnceEachKeepTheirOwnVerdict() throws Exception {
        String valid = order();
        String invalid =
                valid.replace("<cbc:IssueDate>2010-01-20</cbc:IssueDate>", "<cbc:IssueDate>yesterday</cbc:IssueDate>");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ErrorList>> reads = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String document = i % 2 == 0 ? valid : invalid;
                reads.add(() -> {
                    ErrorList errors = new ErrorList();
                    OrderType read = UblReaders.order().setCollectErrors(errors).read(document);
                    assertThat(read == null || errors.containsAtLeastOneError())
                            .as("read %s", document == valid ? "the valid order" : "the invalid one")
                            .isEqualTo(document != valid);
                    return errors;
                });
            }
            List<Future<ErrorList>> done = threads.invokeAll(reads);
            for (int i = 0; i < done.size(); i++) {
                assertThat(done.get(i).get().containsAtLeastOneError())
                        .as("read %d", i)
                        .isEqualTo(i % 2 == 1);
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void anOrderResponseOfTheStandardHasNoSchemaErrors() throws IOException {
        assertThat(UblReaders.orderResponseErrors(UblDocumentsTest.fixture("UBL-OrderResponse-2.1-Example.xml")))
                .isEmpty();
    }

    @Test
    void anOrderIsNoOrderResponse() throws IOException {
        assertThat(UblReaders.orderResponseErrors(order()))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("'Order'");
    }

    @Test
    void anOrderResponseWithAWrongValueIsAnsweredWithTheValueAndWhereItIs() throws IOException {
        String wrong = UblDocumentsTest.fixture("UBL-OrderResponse-2.1-Example.xml")
                .replaceFirst("<cbc:IssueDate>[^<]*</cbc:IssueDate>", "<cbc:IssueDate>yesterday</cbc:IssueDate>");

        List<String> errors = UblReaders.orderResponseErrors(wrong);

        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error).startsWith("line "));
        assertThat(errors).anySatisfy(error -> assertThat(error).contains("yesterday"));
    }

    @Test
    void aTextThatIsNoXmlIsAnErrorToo() {
        assertThat(UblReaders.orderResponseErrors("<OrderResponse>")).isNotEmpty();
    }
}
