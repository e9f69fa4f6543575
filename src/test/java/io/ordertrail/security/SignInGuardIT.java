package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.SharedOrdertrail;
import io.ordertrail.testsupport.UsersPage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sign-in that resists guessing and sessions that follow the account, as an attacker and an ADMIN meet them: the
 * lock after repeated failures and the ADMIN lifting it, a disabled user's open session, the login form's token.
 * (The password policy is in StaffAccountsIT, where people set their passwords.)
 */
@Order(3)
class SignInGuardIT {

    private static final String GOOD_PASSWORD = "copper kettle morning rain";

    private static String newUser(Browser admin, String prefix) throws Exception {
        return UsersPage.add(
                admin, prefix + "-" + UUID.randomUUID().toString().substring(0, 6), "SALES", GOOD_PASSWORD);
    }

    @Test
    void repeatedFailuresLockTheUserNameUntilTheAdminUnlocksIt() throws Exception {
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin");
            String username = newUser(admin, "lock");
            HttpSession guesser = new HttpSession(SharedOrdertrail.baseUri());

            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        guesser.signIn(username, "guess-" + UUID.randomUUID());
                        return guesser.lastSignInLocation().contains("locked=true");
                    });
            guesser.signIn(username, GOOD_PASSWORD);
            assertThat(guesser.lastSignInLocation())
                    .as("the right password does not open a locked sign-in")
                    .contains("locked=true");
            assertThat(guesser.get("/login.xhtml?wait=900&locked=true").body())
                    .contains("Too many failed sign-ins: signing in as this user from here is locked");

            admin.go("/admin/users.xhtml");
            WebElement lock = rowOf(admin, "usersForm:locks", username);
            assertThat(lock).as("the lock is listed for the ADMIN").isNotNull();
            lock.findElement(By.cssSelector("[id$=':unlock']")).click();
            admin.press("confirmForm:confirmYes");
            admin.awaitAjax();
            await().atMost(Duration.ofSeconds(10)).until(() -> rowOf(admin, "usersForm:locks", username) == null);
            assertThat(admin.text("usersForm:record")).contains("LOCKED").contains("UNLOCKED");
            admin.screenshot("users-locks-and-record");
            admin.assertNoJavaScriptErrors();

            assertThat(guesser.signIn(username, GOOD_PASSWORD)).isEqualTo(302);
            assertThat(guesser.lastSignInLocation()).doesNotContain("login.xhtml");
            assertThat(guesser.get("/orders/list.xhtml").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aDisabledUsersOpenSessionIsRefusedOnItsNextRequest() throws Exception {
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin");
            String username = newUser(admin, "gone");
            HttpSession user = new HttpSession(SharedOrdertrail.baseUri());
            user.signIn(username, GOOD_PASSWORD);
            assertThat(user.get("/orders/list.xhtml").statusCode()).isEqualTo(200);

            UsersPage.confirm(admin, username, "disable");
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            rowOf(admin, "usersForm:users", username).getText().contains("Disabled"));

            var next = user.get("/orders/list.xhtml");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?ended=true"));
            assertThat(user.get("/orders/list.xhtml").statusCode())
                    .as("and stays out")
                    .isEqualTo(302);
        }
    }

    @Test
    void aLoginFormWithoutItsTokenIsRefused() throws Exception {
        HttpSession forger = new HttpSession(SharedOrdertrail.baseUri());
        forger.loginFormToken(); // a session of its own, but the form posted without the token

        assertThat(forger.postLoginForm("sales", "demo", null)).isEqualTo(302);
        assertThat(forger.lastSignInLocation()).contains("login.xhtml?expired=true");
        assertThat(forger.get("/orders/new.xhtml").statusCode())
                .as("not signed in")
                .isEqualTo(302);

        assertThat(forger.postLoginForm("sales", "demo", "a-token-of-another-session"))
                .isEqualTo(302);
        assertThat(forger.lastSignInLocation()).contains("expired=true");
    }

    private static WebElement rowOf(Browser browser, String tableId, String text) {
        return browser.all(By.cssSelector("[id='" + tableId + "_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(text))
                .findFirst()
                .orElse(null);
    }
}
