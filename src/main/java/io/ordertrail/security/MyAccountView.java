package io.ordertrail.security;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** My account: every person changes their own password, with their current one. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts userAccounts;

    private String current;
    private String password;
    private String repeated;

    private String language = "";

    @jakarta.annotation.PostConstruct
    void init() {
        language = userAccounts.ownLanguage().map(java.util.Locale::getLanguage).orElse("");
    }

    /** Keeps the chosen language on the account and shows the page in it at once. */
    public String chooseLanguage() {
        try {
            userAccounts.chooseOwnLanguage(language);
            return "/account?faces-redirect=true";
        } catch (InputRejected rejected) {
            Messages.errors("languageForm", rejected.getProblems());
            return null;
        }
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The languages shipped, each named in itself: English, Deutsch. */
    public java.util.List<java.util.Locale> getLanguages() {
        return io.ordertrail.platform.i18n.Texts.SUPPORTED;
    }

    public void changePassword() {
        try {
            userAccounts.changeOwnPassword(chars(current), chars(password), chars(repeated));
            Messages.infoOnThisPage(PageLanguage.texts().get("account.passwordChanged"));
        } catch (InputRejected rejected) {
            Messages.errors("accountForm", rejected.getProblems());
        } finally {
            current = null;
            password = null;
            repeated = null;
        }
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
