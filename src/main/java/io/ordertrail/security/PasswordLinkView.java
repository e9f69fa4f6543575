package io.ordertrail.security;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a person opens from the link an ADMIN gave them, to set their own password (no sign-in needed: the link is
 * the proof). Once set, they sign in with it.
 */
@Named
@ViewScoped
public class PasswordLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordLinks links;

    private String token;
    private PasswordLinks.Holder holder;
    private String password;
    private String repeated;

    public void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        holder = links.holderOf(token).orElse(null);
    }

    public String setPassword() {
        try {
            String username = links.setPassword(
                    token,
                    password == null ? new char[0] : password.toCharArray(),
                    repeated == null ? new char[0] : repeated.toCharArray());
            return "/login?faces-redirect=true&passwordSet=true&username=" + username;
        } catch (InputRejected rejected) {
            rejected.getProblems().forEach(problem -> {
                if (problem.field().equals("token")) {
                    Messages.error(null, problem.in(PageLanguage.texts()));
                } else {
                    Messages.error("passwordForm:" + problem.field(), problem.in(PageLanguage.texts()));
                }
            });
            holder = links.holderOf(token).orElse(null);
            return null;
        } finally {
            password = null;
            repeated = null;
        }
    }

    public PasswordLinks.Holder getHolder() {
        return holder;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
