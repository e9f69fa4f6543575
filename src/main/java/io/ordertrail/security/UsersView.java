package io.ordertrail.security;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrator's users page: the accounts and their roles, adding one, disabling and enabling, the sign-in
 * locks now in force (and lifting them), and the record of sign-ins.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts userAccounts;

    private List<UserAccount> users;
    private List<Map.Entry<String, Instant>> locks;
    private List<SignInEvent> record;

    private String username;
    private String displayName;
    private String role;
    private String password;

    @PostConstruct
    public void refresh() {
        users = userAccounts.all();
        locks = new ArrayList<>(userAccounts.locks().entrySet());
        record = userAccounts.signInRecord(200);
    }

    public void add() {
        try {
            UserAccount added = userAccounts.add(new UserAccounts.NewAccount(
                    username, displayName, role, password == null ? new char[0] : password.toCharArray()));
            Messages.infoOnThisPage("User " + added.getUsername() + " added (" + added.getRoleList() + ").");
            username = null;
            displayName = null;
            role = null;
        } catch (InputRejected rejected) {
            Messages.errors("usersForm", rejected.getProblems());
        } finally {
            password = null;
        }
        refresh();
    }

    public void disable(UserAccount account) {
        act(() -> {
            userAccounts.disable(account.getUsername());
            Messages.infoOnThisPage("User " + account.getUsername() + " disabled: signed out at their next click.");
        });
    }

    public void enable(UserAccount account) {
        act(() -> {
            userAccounts.enable(account.getUsername());
            Messages.infoOnThisPage("User " + account.getUsername() + " enabled.");
        });
    }

    public void unlock(String key) {
        act(() -> Messages.infoOnThisPage(
                userAccounts.unlock(key)
                        ? key + " unlocked: signing in is possible again."
                        : key + " was not locked."));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InputRejected rejected) {
            rejected.getProblems().forEach(p -> Messages.error(null, p.message()));
        }
        refresh();
    }

    public List<String> getRoles() {
        return UserAccounts.ALL_ROLES;
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public List<Map.Entry<String, Instant>> getLocks() {
        return locks;
    }

    public List<SignInEvent> getRecord() {
        return record;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
