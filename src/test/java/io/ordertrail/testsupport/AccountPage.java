package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.openqa.selenium.By;

/** The signed-in person's account page. */
public final class AccountPage {

    private AccountPage() {}

    /** Chooses German as the language of the pages, and waits for the page to show in it. */
    public static Browser chooseGerman(Browser person) {
        person.go("/account.xhtml");
        person.all(By.xpath("//*[@id='languageForm:language']//label[normalize-space()='Deutsch']"))
                .get(0)
                .click();
        person.click("languageForm:chooseLanguage");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(person.byId("content").getText()).contains("Sprache der Seiten"));
        return person;
    }
}
