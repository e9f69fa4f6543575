package io.ordertrail.erp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErpPartnerTest {

    private final ErpPartner acme =
            new ErpPartner("acme-erp", "Acme SAP", "erp.answers.acme-erp", List.of("C-1001"), Instant.EPOCH);

    @Test
    void answersGoToThePartnersQueueOrAQueueUnderItNeverToAnotherQueue() {
        assertThat(acme.answerQueueFor(null)).isEqualTo("erp.answers.acme-erp");
        assertThat(acme.answerQueueFor("erp.answers.acme-erp.batch-7")).isEqualTo("erp.answers.acme-erp.batch-7");
        assertThat(acme.answerQueueFor("erp.answers.acme-erpx")).isEqualTo("erp.answers.acme-erp");
        assertThat(acme.answerQueueFor("erp.answers.other")).isEqualTo("erp.answers.acme-erp");
        assertThat(acme.answerQueueFor("DLQ")).isEqualTo("erp.answers.acme-erp");
    }

    @Test
    void aPartnerActsOnlyForItsBuyersAndOnlyWhileEnabled() {
        assertThat(acme.mayActFor("C-1001")).isTrue();
        assertThat(acme.mayActFor("C-1002")).isFalse();
        acme.disable();
        assertThat(acme.mayActFor("C-1001")).isFalse();
    }

    @Test
    void namesAndQueuesAreWhatTheBrokerTakesWithoutWildcards() {
        assertThat(ErpPartner.NAME.matcher("acme-erp").matches()).isTrue();
        assertThat(ErpPartner.NAME.matcher("Acme").matches()).isFalse();
        assertThat(ErpPartner.NAME.matcher("a").matches()).isFalse();
        assertThat(ErpPartner.QUEUE.matcher("erp.answers.acme-erp").matches()).isTrue();
        assertThat(ErpPartner.QUEUE.matcher("erp.answers.#").matches()).isFalse();
        assertThat(ErpPartner.QUEUE.matcher("erp.*.x").matches()).isFalse();
        assertThat(ErpPartner.QUEUE.matcher("erp..x").matches()).isFalse();
    }
}
