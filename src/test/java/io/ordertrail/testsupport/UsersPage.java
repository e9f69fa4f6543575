package io.ordertrail.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.openqa.selenium.By;

/** The ADMIN's Users page, as the browser tests use it: adding an account. */
public final class UsersPage {

    private UsersPage() {}

    /** Adds a user with the role (its first letters are typed into the role menu's filter) and waits for its row. */
    public static String add(Browser admin, String username, String role, String password) {
        admin.go("/admin/users.xhtml");
        admin.type("usersForm:username", username)
                .type("usersForm:displayName", "Test " + username)
                .choose("usersForm:role", role.substring(0, 3), role)
                .type("usersForm:password", password)
                .click("usersForm:add");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.all(By.cssSelector("[id='usersForm:users_data'] tr")).stream()
                        .anyMatch(tr -> tr.getText().contains(username)));
        return username;
    }
}
