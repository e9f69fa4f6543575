package io.ordertrail.security;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.primefaces.PrimeFaces;

/**
 * The administrator's users page: the accounts and their roles; creating one (its person sets the password through a
 * link shown here once), changing name, email and roles, resetting a password, disabling and enabling; the changes
 * made, the sign-in locks now in force (and lifting them), and the record of sign-ins.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts userAccounts;

    private List<UserAccount> users;
    private List<AccountChange> changes;
    private List<Map.Entry<String, Instant>> locks;
    private List<SignInEvent> record;

    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();

    /** The account being edited in the dialog. */
    private String editedUsername;

    private String editedDisplayName;
    private String editedEmail;
    private List<String> editedRoles = new ArrayList<>();

    /** The link just issued, shown once; gone with the next action. */
    private PasswordLinks.Issued issued;

    @PostConstruct
    public void refresh() {
        users = userAccounts.all();
        changes = userAccounts.changes(200);
        locks = new ArrayList<>(userAccounts.locks().entrySet());
        record = userAccounts.signInRecord(200);
    }

    public void create() {
        issued = null;
        try {
            issued = userAccounts.create(
                    new UserAccounts.AccountDetails(username, displayName, email, new TreeSet<>(roles)));
            Messages.infoOnThisPage(PageLanguage.texts().get("users.created", issued.username()));
            username = null;
            displayName = null;
            email = null;
            roles = new ArrayList<>();
        } catch (InputRejected rejected) {
            Messages.errors("usersForm", rejected.getProblems());
        }
        refresh();
    }

    public void edit(UserAccount account) {
        issued = null;
        editedUsername = account.getUsername();
        editedDisplayName = account.getDisplayName();
        editedEmail = account.getEmail();
        editedRoles = new ArrayList<>(account.getRoles());
    }

    /** Saves the dialog; whether it was saved (the dialog closes only then). */
    public void saveEdit() {
        try {
            UserAccount changed = userAccounts.change(new UserAccounts.AccountDetails(
                    editedUsername, editedDisplayName, editedEmail, new TreeSet<>(editedRoles)));
            Messages.infoOnThisPage(
                    PageLanguage.texts().get("users.saved", changed.getUsername(), changed.getRoleList()));
        } catch (InputRejected rejected) {
            rejected.getProblems()
                    .forEach(p -> Messages.error(
                            p.field().equals("username")
                                    ? null
                                    : "editForm:edited"
                                            + Character.toUpperCase(p.field().charAt(0))
                                            + p.field().substring(1),
                            p.in(PageLanguage.texts())));
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
        refresh();
    }

    public void resetPassword(UserAccount account) {
        act(() -> {
            issued = userAccounts.resetPassword(account.getUsername());
            Messages.infoOnThisPage(PageLanguage.texts().get("users.resetDone", account.getUsername()));
        });
    }

    public void newLink(UserAccount account) {
        act(() -> {
            issued = userAccounts.newLink(account.getUsername());
            Messages.infoOnThisPage(PageLanguage.texts().get("users.newLinkDone", account.getUsername()));
        });
    }

    public void disable(UserAccount account) {
        act(() -> {
            userAccounts.disable(account.getUsername());
            Messages.infoOnThisPage(PageLanguage.texts().get("users.disabled", account.getUsername()));
        });
    }

    public void enable(UserAccount account) {
        act(() -> {
            userAccounts.enable(account.getUsername());
            Messages.infoOnThisPage(PageLanguage.texts().get("users.enabled", account.getUsername()));
        });
    }

    public void unlock(String key) {
        act(() -> Messages.infoOnThisPage(
                userAccounts.unlock(key)
                        ? PageLanguage.texts().get("users.unlocked", key)
                        : PageLanguage.texts().get("users.notLocked", key)));
    }

    private void act(Runnable action) {
        issued = null;
        try {
            action.run();
        } catch (InputRejected rejected) {
            rejected.getProblems().forEach(p -> Messages.error(null, p.in(PageLanguage.texts())));
        }
        refresh();
    }

    public List<String> getAllRoles() {
        return UserAccounts.ALL_ROLES;
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public List<AccountChange> getChanges() {
        return changes;
    }

    public List<Map.Entry<String, Instant>> getLocks() {
        return locks;
    }

    public List<SignInEvent> getRecord() {
        return record;
    }

    public PasswordLinks.Issued getIssued() {
        return issued;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getEditedUsername() {
        return editedUsername;
    }

    public String getEditedDisplayName() {
        return editedDisplayName;
    }

    public void setEditedDisplayName(String editedDisplayName) {
        this.editedDisplayName = editedDisplayName;
    }

    public String getEditedEmail() {
        return editedEmail;
    }

    public void setEditedEmail(String editedEmail) {
        this.editedEmail = editedEmail;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles == null ? new ArrayList<>() : editedRoles;
    }
}
