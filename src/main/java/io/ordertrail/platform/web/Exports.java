package io.ordertrail.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;

/**
 * The lists' exports to a spreadsheet: PrimeFaces' own exporters, with a CSV that a spreadsheet cannot mistake for a
 * formula. A cell that starts with {@code = + - @}, a tab or a carriage return would be run by Excel or LibreOffice
 * when the file is opened (CSV injection, OWASP); such a value gets a leading apostrophe, which shows it as text.
 * The XLSX export needs no such care: its cells are typed as text.
 */
@ApplicationScoped
public class Exports {

    /** Every data table's CSV export in the application is the formula-safe one. */
    void useFormulaSafeCsv(@Observes @Initialized(ApplicationScoped.class) Object started) {
        DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
    }

    /** A cell's text as a CSV cell that opens as text. */
    static String formulaSafe(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** PrimeFaces' CSV exporter of data tables, each cell made formula-safe. */
    public static final class FormulaSafeCsvExporter extends DataTableCSVExporter {
        @Override
        protected String escapeQuotes(String value) {
            return super.escapeQuotes(formulaSafe(value));
        }
    }
}
