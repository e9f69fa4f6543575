package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@Order(3)
class SignOutInBrowserIT {

    @Test
    void signingOutEndsTheSessionAndProtectedPagesAskForTheLoginAgain() throws Exception {
        try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
            browser.signInAs("manager");
            browser.screenshot("manager-home");
            assertThat(browser.text("menuForm:menu"))
                    .contains("Orders", "Inventory", "Fulfillment", "Oversight")
                    .doesNotContain("Administration");

            browser.byId("menuForm:logout").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> browser.currentUrl().contains("login.xhtml"));
            assertThat(browser.text("loggedOut")).contains("You have been logged out");

            browser.go("/orders/list.xhtml");
            assertThat(browser.currentUrl()).contains("login.xhtml");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aWrongPasswordShowsWhatToDo() throws Exception {
        try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
            browser.go("/");
            browser.byId("j_username").sendKeys("sales");
            browser.byId("j_password").sendKeys("wrong");
            browser.byId("signIn").click();

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> browser.currentUrl().contains("failed=true"));
            assertThat(browser.text("loginError")).contains("Wrong user name or password");
        }
    }
}
