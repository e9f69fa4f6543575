package io.ordertrail.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.platform.InputRejected;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodicReviewTest {

    private static final Instant NOW = Instant.parse("2031-04-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2031, 4, 2);
    private static final ReviewPeriod MARCH = ReviewPeriod.month(YearMonth.of(2031, 3));

    @Test
    void aReviewIsRecordedWithItsActionsEachOpenUntilItsOwnerMarksItDone() {
        PeriodicReview review = PeriodicReview.record(
                MARCH,
                " Phone orders wait longest. ",
                List.of(new PeriodicReview.ActionDraft("Confirm by noon", "sales", TODAY.plusDays(14))),
                "manager",
                NOW,
                TODAY);

        assertThat(review.getFindings()).isEqualTo("Phone orders wait longest.");
        ReviewAction action = review.getActions().get(0);
        assertThat(action.isDone()).isFalse();
        assertThat(action.isOverdue(TODAY.plusDays(15))).isTrue();

        action.done("sales", NOW.plusSeconds(60));
        action.done("manager", NOW.plusSeconds(120));

        assertThat(action.getDoneBy()).isEqualTo("sales");
        assertThat(action.getDoneAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(action.isOverdue(TODAY.plusDays(15))).isFalse();
    }

    @Test
    void aReviewWithoutFindingsOrWithAnIncompleteActionIsRefusedNamingEachField() {
        assertThatThrownBy(() -> PeriodicReview.record(
                        MARCH,
                        " ",
                        List.of(
                                new PeriodicReview.ActionDraft("Confirm by noon", "sales", TODAY),
                                new PeriodicReview.ActionDraft("", null, TODAY.minusDays(1))),
                        "manager",
                        NOW,
                        TODAY))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        rejected -> assertThat(rejected.getProblems())
                                .extracting(InputRejected.Problem::field, InputRejected.Problem::message)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("findings", "Write what the review found."),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "actions[1].description", "Say what is to be done."),
                                        org.assertj.core.groups.Tuple.tuple("actions[1].owner", "Choose who does it."),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "actions[1].due", "The due date has passed: give today or later.")));
    }

    @Test
    void aRevisionOfTheSopSaysWhatWhyAndFromWhen() {
        assertThatThrownBy(() -> SopRevision.of(null, null, "", "", "manager", NOW))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        rejected -> assertThat(rejected.getProblems())
                                .extracting(InputRejected.Problem::field)
                                .containsExactly("whatChanged", "why", "effectiveOn"));
    }
}
