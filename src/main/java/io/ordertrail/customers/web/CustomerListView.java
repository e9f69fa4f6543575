package io.ordertrail.customers.web;

import io.ordertrail.customers.application.CustomerImport;
import io.ordertrail.customers.application.CustomerRecords;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.platform.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The customers page: search by any detail in a lazy table, and (ADMIN) a CSV import, all or nothing. */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerRecords records;

    @Inject
    CustomerImport customerImport;

    private String text;
    private List<InputRejected.Problem> problems = List.of();
    private String fileName;

    private final LazyDataModel<Customer> customers = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(records.count(text));
        }

        @Override
        public List<Customer> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return records.search(text, first, pageSize);
        }

        @Override
        public String getRowKey(Customer customer) {
            return customer.getCustomerNumber();
        }
    };

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        problems = List.of();
        try {
            String csv = Uploads.csvText(event.getFile().getContent());
            int rows = customerImport.importCustomers(csv, fileName);
            Messages.infoOnThisPage(PageLanguage.texts().get("customers.imported", fileName, rows));
        } catch (InputRejected rejected) {
            problems = rejected.getProblems();
        }
    }

    public String getColumns() {
        return String.join(", ", CustomerImport.REQUIRED) + " (required); "
                + String.join(", ", CustomerImport.OPTIONAL);
    }

    public LazyDataModel<Customer> getCustomers() {
        return customers;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<InputRejected.Problem> getProblems() {
        return problems;
    }

    public String getFileName() {
        return fileName;
    }
}
