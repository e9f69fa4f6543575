package io.ordertrail.review.web;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.review.application.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** "Suggest an improvement", on every page: a staff member's suggestion about the procedure, for the review. */
@Named
@ViewScoped
public class SuggestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Feedback feedback;

    private String text;
    /** The page the person is on, and the order it shows: read when the page was opened, not from the Ajax post. */
    private String page;

    private String order;

    @PostConstruct
    void rememberThePage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        page = faces.getViewRoot().getViewId();
        order = faces.getExternalContext().getRequestParameterMap().get("number");
    }

    public void send() {
        try {
            feedback.suggest(text, page, order);
            text = null;
            PrimeFaces.current().executeScript("PF('suggestDialog').hide()");
            Messages.infoOnThisPage(PageLanguage.texts().get("suggest.thanks"));
        } catch (InputRejected rejected) {
            Messages.errors("suggestForm", rejected.getProblems());
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
