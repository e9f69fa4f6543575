package io.ordertrail.testsupport;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;

/** The ADMIN's Users page, as the browser tests use it: creating an account and its person setting the password. */
public final class UsersPage {

    private UsersPage() {}

    /**
     * Creates an account with one role, then sets its password through the link the page shows, in a browser of its
     * own (as the person would); returns the user name.
     */
    public static String add(Browser admin, String username, String role, String password) throws Exception {
        setPasswordThroughLink(create(admin, username, role), password);
        return username;
    }

    /** Creates an account with one role and returns the link to set its password, as the page shows it once. */
    public static URI create(Browser admin, String username, String role) {
        admin.go("/admin/users.xhtml");
        admin.type("usersForm:username", username)
                .type("usersForm:displayName", "Test " + username)
                .type("usersForm:email", username + "@example.com");
        admin.all(By.xpath("//*[@id='usersForm:roles']//label[normalize-space()='" + role + "']"))
                .get(0)
                .click();
        admin.click("usersForm:add");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.all(By.cssSelector("[id='usersForm:users_data'] tr")).stream()
                        .anyMatch(tr -> tr.getText().contains(username)));
        return URI.create(admin.visible("usersForm:issuedUrl").getAttribute("value"));
    }

    /** Opens the link in a fresh browser and sets the password; waits for the sign-in page that says it is set. */
    public static void setPasswordThroughLink(URI link, String password) throws Exception {
        try (Browser person = Browser.open(link.resolve("/"))) {
            person.go(link.getPath() + "?" + link.getRawQuery());
            person.type("passwordForm:password", password).type("passwordForm:repeated", password);
            person.byId("passwordForm:setPassword").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> person.currentUrl().contains("passwordSet=true"));
        }
    }

    /** Clicks the button (disable, reset, …) on the account's row and says yes to the confirmation it asks. */
    public static void confirm(Browser admin, String accountText, String button) {
        admin.all(By.cssSelector("[id='usersForm:users_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(accountText))
                .findFirst()
                .orElseThrow(() -> new AssertionError(accountText + " is not on the Users page"))
                .findElement(By.cssSelector("[id$=':" + button + "']"))
                .click();
        admin.press("confirmForm:confirmYes");
        admin.awaitAjax();
    }
}
