package io.ordertrail.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.Exporter;

/**
 * The lists' exports to a spreadsheet: PrimeFaces' own exporters, with a CSV that a spreadsheet cannot mistake for a
 * formula. A cell that starts with {@code = + - @}, a tab or a carriage return would be run by Excel or LibreOffice
 * when the file is opened (CSV injection, OWASP); such a value gets a leading apostrophe, which shows it as text.
 * The XLSX export needs no such care: its cells are typed as text.
 */
@Named
@ApplicationScoped
public class Exports {

    /** A new exporter for each export: PrimeFaces' exporters keep state while they write. */
    public Exporter<?> getCsv() {
        return new FormulaSafeCsvExporter();
    }

    /** A cell's text as a CSV cell that opens as text. */
    static String formulaSafe(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static final class FormulaSafeCsvExporter extends DataTableCSVExporter {
        @Override
        protected String escapeQuotes(String value) {
            return super.escapeQuotes(formulaSafe(value));
        }
    }
}
