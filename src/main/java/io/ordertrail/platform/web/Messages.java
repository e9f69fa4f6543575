package io.ordertrail.platform.web;

import io.ordertrail.platform.InputRejected;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts messages where staff see them: next to a field, or at the top of the page. */
public final class Messages {

    private static final Pattern INDEXED_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private Messages() {}

    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Each problem next to its field in the form: "lines[2].quantity" is the quantity of the third line. */
    public static void errors(String form, List<InputRejected.Problem> problems) {
        problems.forEach(p -> error(clientIdOf(form, p.field()), p.in(PageLanguage.texts())));
    }

    static String clientIdOf(String form, String field) {
        Matcher indexed = INDEXED_FIELD.matcher(field);
        if (indexed.matches()) {
            return form + ":" + indexed.group(1) + ":" + indexed.group(2) + ":" + indexed.group(3);
        }
        return form + ":" + field;
    }

    /** A message for the top of the page, kept across the redirect to the next page. */
    public static void info(String text) {
        infoOnThisPage(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A message for the top of the page an ajax request updates. */
    public static void infoOnThisPage(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
