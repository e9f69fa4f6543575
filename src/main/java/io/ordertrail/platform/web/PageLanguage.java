package io.ordertrail.platform.web;

import io.ordertrail.platform.i18n.Texts;
import jakarta.faces.context.FacesContext;

/** The language of the page being rendered: the view's locale, which the template sets from the person's choice. */
public final class PageLanguage {

    private PageLanguage() {}

    /** The texts of the page's language; English outside a page (a REST call, a timer). */
    public static Texts texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Texts.in(
                faces == null || faces.getViewRoot() == null
                        ? null
                        : faces.getViewRoot().getLocale());
    }
}
