package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.SharedOrdertrail;
import io.ordertrail.testsupport.UsersPage;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;

/**
 * Staff accounts without SQL (issue 15), as an ADMIN and the people they add meet them: a new account's person sets
 * the password through a single-use link, the password policy at the field, a reset that stops the old password at
 * once, roles changed with the open session following, the ADMIN who cannot take their own ADMIN role, every person
 * changing their own password, and each change in the account record.
 */
@Order(3)
class StaffAccountsIT {

    private static final String GOOD_PASSWORD = "copper kettle morning rain";
    private static final String OTHER_PASSWORD = "silver lantern evening snow";

    private static String someone(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theNewPersonSetsTheirPasswordThroughTheLinkWhichWorksOnlyOnce() throws Exception {
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin");
            String username = someone("new");
            URI link = UsersPage.create(admin, username, "SALES");
            assertThat(rowOf(admin, "usersForm:users", username).getText()).contains("Waiting for a password");
            admin.screenshot("users-link-issued");
            admin.assertNoJavaScriptErrors();

            HttpSession before = new HttpSession(SharedOrdertrail.baseUri());
            before.signIn(username, GOOD_PASSWORD);
            assertThat(before.lastSignInLocation()).as("no password yet").contains("failed=true");

            UsersPage.setPasswordThroughLink(link, GOOD_PASSWORD);

            HttpSession person = new HttpSession(SharedOrdertrail.baseUri());
            person.signIn(username, GOOD_PASSWORD);
            assertThat(person.lastSignInLocation()).doesNotContain("login.xhtml");
            assertThat(person.get("/orders/list.xhtml").statusCode()).isEqualTo(200);

            HttpSession again = new HttpSession(SharedOrdertrail.baseUri());
            String second = again.get(link.getPath() + "?" + link.getRawQuery()).body();
            assertThat(second).contains("This link no longer works").doesNotContain("passwordForm");

            admin.go("/admin/users.xhtml");
            assertThat(rowOf(admin, "usersForm:users", username).getText()).contains("Enabled");
            assertThat(admin.text("usersForm:changes"))
                    .contains("ACCOUNT_CREATED")
                    .contains("PASSWORD_LINK_ISSUED")
                    .contains("PASSWORD_SET");
        }
    }

    @Test
    void aCommonPasswordOrTwoDifferentOnesAreRefusedNextToTheFieldAndTheLinkStillWorks() throws Exception {
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin");
            String username = someone("weak");
            URI link = UsersPage.create(admin, username, "INVENTORY");
            try (Browser person = Browser.open(SharedOrdertrail.baseUri())) {
                person.go(link.getPath() + "?" + link.getRawQuery());
                person.type("passwordForm:password", "password1234").type("passwordForm:repeated", "password1234");
                person.byId("passwordForm:setPassword").click();
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(person.text("passwordForm:passwordMessage"))
                                .contains("one of the passwords people pick most often"));

                person.type("passwordForm:password", GOOD_PASSWORD).type("passwordForm:repeated", OTHER_PASSWORD);
                person.byId("passwordForm:setPassword").click();
                await().atMost(Duration.ofSeconds(10))
                        .ignoreException(NoSuchElementException.class) // drawn by the Ajax answer
                        .untilAsserted(() -> assertThat(person.text("passwordForm:repeatedMessage"))
                                .contains("The two passwords differ"));
                person.screenshot("password-link-refused");
                person.assertNoJavaScriptErrors();
            }
            UsersPage.setPasswordThroughLink(link, GOOD_PASSWORD);
            HttpSession session = new HttpSession(SharedOrdertrail.baseUri());
            session.signIn(username, GOOD_PASSWORD);
            assertThat(session.lastSignInLocation()).doesNotContain("login.xhtml");
        }
    }

    @Test
    void aResetStopsTheOldPasswordAtOnceAndTheNewLinkSetsAnother() throws Exception {
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin");
            String username = UsersPage.add(admin, someone("reset"), "FULFILLMENT", GOOD_PASSWORD);
            HttpSession person = new HttpSession(SharedOrdertrail.baseUri());
            person.signIn(username, GOOD_PASSWORD);
            assertThat(person.get("/fulfillment/tasks.xhtml").statusCode()).isEqualTo(200);

            admin.go("/admin/users.xhtml");
            UsersPage.confirm(admin, username, "reset");
            URI link = URI.create(admin.visible("usersForm:issuedUrl").getAttribute("value"));

            HttpSession withOld = new HttpSession(SharedOrdertrail.baseUri());
            withOld.signIn(username, GOOD_PASSWORD);
            assertThat(withOld.lastSignInLocation()).contains("failed=true");

            UsersPage.setPasswordThroughLink(link, OTHER_PASSWORD);
            HttpSession withNew = new HttpSession(SharedOrdertrail.baseUri());
            withNew.signIn(username, OTHER_PASSWORD);
            assertThat(withNew.lastSignInLocation()).doesNotContain("login.xhtml");
            assertThat(admin.go("/admin/users.xhtml").text("usersForm:changes")).contains("PASSWORD_RESET");
        }
    }

    @Test
    void newRolesReachTheOpenSessionAndTheChangeIsRecordedBeforeAndAfter() throws Exception {
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin");
            String username = UsersPage.add(admin, someone("roles"), "SALES", GOOD_PASSWORD);
            HttpSession person = new HttpSession(SharedOrdertrail.baseUri());
            person.signIn(username, GOOD_PASSWORD);
            assertThat(person.get("/inventory/handovers.xhtml").statusCode()).isEqualTo(403);

            admin.go("/admin/users.xhtml");
            rowOf(admin, "usersForm:users", username)
                    .findElement(By.cssSelector("[id$=':edit']"))
                    .click();
            admin.visible("editForm:editedDisplayName");
            admin.type("editForm:editedDisplayName", "Ines Inventory");
            admin.all(By.xpath("//*[@id='editForm:editedRoles']//label[normalize-space()='INVENTORY']"))
                    .get(0)
                    .click();
            admin.click("editForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            rowOf(admin, "usersForm:users", username).getText().contains("INVENTORY, SALES"));
            assertThat(admin.text("usersForm:changes"))
                    .contains("ROLES")
                    .contains("Test " + username + " <" + username + "@example.com>")
                    .contains("Ines Inventory <" + username + "@example.com>");
            admin.screenshot("users-roles-changed");
            admin.assertNoJavaScriptErrors();

            assertThat(person.get("/inventory/handovers.xhtml").statusCode())
                    .as("the open session has the new role at its next request")
                    .isEqualTo(200);
        }
    }

    @Test
    void theAdminCannotTakeTheirOwnAdminRoleNorDisableThemselves() throws Exception {
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin").go("/admin/users.xhtml");
            rowOf(admin, "usersForm:users", "Ada Admin")
                    .findElement(By.cssSelector("[id$=':edit']"))
                    .click();
            admin.visible("editForm:editedDisplayName");
            for (String role : new String[] {"ADMIN", "SALES"}) { // ADMIN off, SALES on
                admin.all(By.xpath("//*[@id='editForm:editedRoles']//label[normalize-space()='" + role + "']"))
                        .get(0)
                        .click();
            }
            admin.click("editForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(admin.text("editForm"))
                            .contains("You cannot take the ADMIN role from yourself"));
            assertThat(admin.byId("editDialog").isDisplayed())
                    .as("the dialog stays open")
                    .isTrue();
            admin.go("/admin/users.xhtml");
            assertThat(rowOf(admin, "usersForm:users", "Ada Admin").getText())
                    .contains("ADMIN")
                    .doesNotContain("SALES");

            UsersPage.confirm(admin, "Ada Admin", "disable");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(admin.text("usersForm:messages"))
                            .contains("You cannot disable your own account."));
            assertThat(rowOf(admin, "usersForm:users", "Ada Admin").getText()).contains("Enabled");
        }
    }

    @Test
    void everyPersonChangesTheirOwnPasswordWithTheCurrentOne() throws Exception {
        String username;
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            username = UsersPage.add(admin.signInAs("admin"), someone("own"), "MANAGER", GOOD_PASSWORD);
        }
        try (Browser person = Browser.open(SharedOrdertrail.baseUri())) {
            person.signInAs(username, GOOD_PASSWORD);
            person.byId("menuForm:myAccount").click();
            person.visible("accountForm:current");
            person.type("accountForm:current", "not my password")
                    .type("accountForm:password", OTHER_PASSWORD)
                    .type("accountForm:repeated", OTHER_PASSWORD)
                    .click("accountForm:changePassword");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() ->
                            assertThat(person.text("accountForm")).contains("That is not your current password."));

            person.type("accountForm:current", GOOD_PASSWORD)
                    .type("accountForm:password", OTHER_PASSWORD)
                    .type("accountForm:repeated", OTHER_PASSWORD)
                    .click("accountForm:changePassword");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() ->
                            assertThat(person.text("accountForm:messages")).contains("Your password is changed"));
            person.screenshot("my-account");
            person.assertNoJavaScriptErrors();
        }
        HttpSession withOld = new HttpSession(SharedOrdertrail.baseUri());
        withOld.signIn(username, GOOD_PASSWORD);
        assertThat(withOld.lastSignInLocation()).contains("failed=true");
        HttpSession withNew = new HttpSession(SharedOrdertrail.baseUri());
        withNew.signIn(username, OTHER_PASSWORD);
        assertThat(withNew.lastSignInLocation()).doesNotContain("login.xhtml");
    }

    private static WebElement rowOf(Browser browser, String tableId, String text) {
        return browser.all(By.cssSelector("[id='" + tableId + "_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(text))
                .findFirst()
                .orElse(null);
    }
}
