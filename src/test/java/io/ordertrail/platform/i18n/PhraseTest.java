package io.ordertrail.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.RequestChannel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A phrase is kept as JSON and said later in each reader's language, as it was meant when it was kept. */
class PhraseTest {

    private static final Texts ENGLISH = Texts.in(Locale.ENGLISH);
    private static final Texts GERMAN = Texts.in(Locale.GERMAN);

    @Test
    void aKeptPhraseIsReadBackAsItWasAndSaidInEachLanguage() {
        Phrase why = Phrase.joined(List.of(
                Phrase.of("estimate.inStock"),
                Phrase.of("estimate.stockExpectedThenNextDay", LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 7)),
                Phrase.of("estimate.processingAndTransit", 1, 2)));

        Phrase kept = Phrase.fromJson(why.toJson());

        assertThat(kept).isEqualTo(why);
        assertThat(kept.in(ENGLISH))
                .isEqualTo("in stock; short; stock expected Sat 5 Dec 2026, processing starts next working day"
                        + " Mon 7 Dec 2026; 1 working day processing + 2 working days transit");
        assertThat(kept.in(GERMAN)).startsWith("auf Lager; knapp; Ware erwartet Sa., 5. Dez. 2026");
        assertThat(Phrase.fromJson(null)).as("a row kept before phrases were").isNull();
    }

    @Test
    void aLabelInsideASentenceIsLowerCaseInEnglishOnlyAndAnAbbreviationStaysAsItIs() {
        Phrase byPhone = Phrase.of("amend.request.said", Phrase.labelInSentence(RequestChannel.PHONE), "Eva", "x", "y");
        assertThat(Phrase.fromJson(byPhone.toJson()).in(ENGLISH)).startsWith("by phone from Eva");
        assertThat(byPhone.in(GERMAN)).startsWith("per Telefon von Eva");
        assertThat(ENGLISH.labelInSentence(Channel.ERP)).isEqualTo("ERP system");
        assertThat(GERMAN.labelInSentence(Channel.ONLINE)).isEqualTo("Online-Plattform");
    }

    @Test
    void onlyWhatCanBeKeptAndSaidIsTaken() {
        assertThatThrownBy(() -> Phrase.of("estimate.inStock", new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text, numbers, days and phrases");
    }
}
