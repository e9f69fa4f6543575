package io.ordertrail.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's list of user accounts and their roles. */
@Named
@RequestScoped
public class UsersView {

    @Inject
    UserAccounts userAccounts;

    private List<UserAccount> users;

    public List<UserAccount> getUsers() {
        if (users == null) {
            users = userAccounts.all();
        }
        return users;
    }
}
