package io.ordertrail.communication.web;

import io.ordertrail.communication.application.Acknowledgements;
import io.ordertrail.communication.domain.Communication;
import io.ordertrail.communication.domain.CustomerFeedback;
import io.ordertrail.communication.domain.DispatchNotice;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/** The page a customer reaches from the link in a confirmation email: shows it, and takes the acknowledgement. */
@Named
@ViewScoped
public class AcknowledgementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acknowledgements acknowledgements;

    private String token;
    private Communication confirmation;
    private Phrase refusal;
    /** The customer's language once the link names a confirmation; until then the browser's. */
    private Locale language;

    private CustomerFeedback feedback;
    private Integer rating;
    private String comment;

    public void load() {
        noStore();
        show(acknowledgements.show(token));
        feedback =
                confirmation == null ? null : acknowledgements.feedback(token).orElse(null);
    }

    /** Keeps the customer's rating and comment; a wrong one is shown next to its field and nothing is kept. */
    public void rate() {
        noStore();
        try {
            feedback = acknowledgements.rate(token, rating, comment).orElse(null);
            show(acknowledgements.show(token));
        } catch (InputRejected rejected) {
            Messages.errors("feedbackForm", rejected.getProblems());
        }
    }

    public void acknowledge() {
        noStore();
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        show(acknowledgements.acknowledge(token, request.getRemoteAddr()));
    }

    /** The page carries the customer's link and order: no cache, no back-button copy, keeps it. */
    private static void noStore() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
    }

    private void show(Acknowledgements.Result result) {
        confirmation = result.communication().orElse(null);
        refusal = result.refusal();
        if (result.language() != null) {
            // the page speaks the customer's language: the view's locale, which the bundles and formats follow
            // (set here, not with f:view, whose locale is read before this view's scope exists)
            language = result.language();
            FacesContext.getCurrentInstance().getViewRoot().setLocale(language);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Communication getConfirmation() {
        return confirmation;
    }

    /** The email as sent, without the paragraph that asked for this very acknowledgement or rating. */
    public String getConfirmationText() {
        if (confirmation == null) {
            return null;
        }
        String text = confirmation.getTextContent();
        Texts texts = Texts.in(getLocale());
        int ask = confirmation.isDispatchNotice()
                ? text.indexOf("\n" + DispatchNotice.ratingRequest(texts))
                : Math.max(
                        text.indexOf("\n" + texts.get("confirmation.acknowledge")),
                        text.indexOf("\n" + texts.get("confirmation.cancelled.acknowledge")));
        return ask < 0 ? text : text.substring(0, ask);
    }

    public CustomerFeedback getFeedback() {
        return feedback;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** Why the link is refused, in the page's language. */
    public String getRefusal() {
        return refusal == null ? null : refusal.in(Texts.in(getLocale()));
    }

    /**
     * The page speaks the customer's language; a refused link, the browser's, as Faces chose it for the view from the
     * shipped languages.
     */
    public Locale getLocale() {
        return language != null
                ? language
                : Texts.supported(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
