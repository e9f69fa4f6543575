package io.ordertrail.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts messages where staff see them: next to a field, or at the top of the page. */
public final class Messages {

    private Messages() {
    }

    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String text) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_INFO, text, text);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, message);
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
