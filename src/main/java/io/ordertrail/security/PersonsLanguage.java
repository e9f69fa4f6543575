package io.ordertrail.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every page is in the person's language from the moment its view is made: the one chosen on their account, else
 * their browser's ({@link CurrentUser#getLocale()}). The template's {@code f:view locale} sets it only when the page
 * is rendered, after a page's own actions ({@code f:viewAction}) have spoken; this sets it first.
 */
public class PersonsLanguage extends ViewHandlerWrapper {

    public PersonsLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(CurrentUser.class).get().getLocale();
    }
}
