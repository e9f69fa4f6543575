package io.ordertrail.inventory.web;

import io.ordertrail.catalog.application.CatalogImport;
import io.ordertrail.inventory.application.StockImport;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.platform.web.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** The ADMIN's CSV import page: products and prices (catalog) or stock levels, all or nothing, every bad row listed. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a file holds, and the columns its header names. */
    public enum Kind {
        PRODUCTS("Products", "code, name, unit_code, unit_price (for new products), active"),
        PRICES("Prices", "code, unit_price, effective_from (yyyy-mm-dd)"),
        STOCK("Stock", "code, location, on_hand");

        private final String label;
        private final String columns;

        Kind(String label, String columns) {
            this.label = label;
            this.columns = columns;
        }

        public String getLabel() {
            return label;
        }

        public String getColumns() {
            return columns;
        }
    }

    @Inject
    CatalogImport catalogImport;

    @Inject
    StockImport stockImport;

    private Kind kind = Kind.PRODUCTS;
    private List<InputRejected.Problem> problems = List.of();
    private String fileName;

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        problems = List.of();
        if (kind == null) {
            problems = List.of(new InputRejected.Problem("file", Phrase.of("problem.file")));
            return;
        }
        try {
            String csv = Uploads.csvText(event.getFile().getContent());
            int rows = switch (kind) {
                case PRODUCTS -> catalogImport.importProducts(csv);
                case PRICES -> catalogImport.importPrices(csv);
                case STOCK -> stockImport.importStock(csv);
            };
            Messages.infoOnThisPage(PageLanguage.texts().get("import.done." + kind.name(), fileName, rows));
        } catch (InputRejected rejected) {
            problems = rejected.getProblems();
        }
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public List<InputRejected.Problem> getProblems() {
        return problems;
    }

    public String getFileName() {
        return fileName;
    }
}
