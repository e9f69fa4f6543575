package io.ordertrail.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person (or a service account) who signs in, with the roles that decide what they see. The password is stored only
 * as a hash, and there is none until the person has set it through their link.
 */
@Entity
@Table(name = "app_user")
public class UserAccount implements Serializable {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name")
    private Set<String> roles = new TreeSet<>();

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Set<String> roles) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = new TreeSet<>(roles);
        this.enabled = true;
    }

    /** An account whose person sets the password themselves, through a link; it cannot sign in before. */
    static UserAccount awaitingPassword(String username, String displayName, String email, Set<String> roles) {
        UserAccount account = new UserAccount();
        account.username = Objects.requireNonNull(username);
        account.displayName = Objects.requireNonNull(displayName);
        account.email = email;
        account.roles = new TreeSet<>(roles);
        account.enabled = true;
        return account;
    }

    void changeDetails(String displayName, String email) {
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
    }

    void changeRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    /** A reset: the old password stops working at once, until the person sets a new one through their link. */
    void clearPassword() {
        this.passwordHash = null;
    }

    public boolean isAwaitingPassword() {
        return passwordHash == null;
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /** The language the person chose for the pages, a tag such as "de"; null: their browser's (V44). */
    @jakarta.persistence.Column(name = "language")
    private String language;

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    /** Enabled, disabled, or waiting for its person to set a password. */
    public String getStatus() {
        if (!enabled) {
            return "Disabled";
        }
        return passwordHash == null ? "Waiting for a password" : "Enabled";
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The stored hash, null while the person has not set a password yet; for the security package only. */
    String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public String getRoleList() {
        return String.join(", ", new TreeSet<>(roles));
    }
}
