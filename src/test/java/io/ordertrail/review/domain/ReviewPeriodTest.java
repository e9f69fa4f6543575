package io.ordertrail.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReviewPeriodTest {

    @Test
    void aMonthIsSetAgainstTheMonthBeforeWhateverItsLength() {
        ReviewPeriod march = ReviewPeriod.month(YearMonth.of(2031, 3));

        assertThat(march.first()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(march.last()).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(march.previous()).isEqualTo(ReviewPeriod.month(YearMonth.of(2031, 2)));
        assertThat(march.previous().last()).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(march.label()).isEqualTo("March 2031");
    }

    @Test
    void aQuarterAndAWeekAreCalendarOnes() {
        ReviewPeriod q = ReviewPeriod.quarter(LocalDate.of(2031, 5, 17));
        assertThat(q.first()).isEqualTo(LocalDate.of(2031, 4, 1));
        assertThat(q.last()).isEqualTo(LocalDate.of(2031, 6, 30));
        assertThat(q.previous().first()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(q.label()).isEqualTo("Q2 2031");

        ReviewPeriod week = ReviewPeriod.week(LocalDate.of(2031, 3, 5)); // a Wednesday
        assertThat(week.first()).isEqualTo(LocalDate.of(2031, 3, 3));
        assertThat(week.last()).isEqualTo(LocalDate.of(2031, 3, 9));
        assertThat(week.previous().first()).isEqualTo(LocalDate.of(2031, 2, 24));
    }

    @Test
    void aCustomPeriodIsSetAgainstAsManyDaysBefore() {
        ReviewPeriod custom = ReviewPeriod.custom(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 19));

        assertThat(custom.days()).isEqualTo(10);
        assertThat(custom.previous())
                .isEqualTo(ReviewPeriod.custom(LocalDate.of(2031, 2, 28), LocalDate.of(2031, 3, 9)));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> ReviewPeriod.custom(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 9)))
                .hasMessageContaining("ends (2031-03-09) before it starts (2031-03-10)")
                .hasMessageContaining("choose an end on or after the start");
    }

    @Test
    void aPeriodIsReadFromWhatALinkAsksForAndIsLastMonthWhenNothingIs() {
        LocalDate today = LocalDate.of(2031, 3, 15);

        assertThat(ReviewPeriod.parse(null, null, null, null, today))
                .isEqualTo(ReviewPeriod.month(YearMonth.of(2031, 2)));
        assertThat(ReviewPeriod.parse("quarter", "2031-05-02", null, null, today))
                .isEqualTo(ReviewPeriod.quarter(LocalDate.of(2031, 4, 1)));
        assertThat(ReviewPeriod.parse("CUSTOM", null, "2031-03-01", "2031-03-10", today))
                .isEqualTo(ReviewPeriod.custom(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 10)));
        assertThatThrownBy(() -> ReviewPeriod.parse("YEAR", null, null, null, today))
                .hasMessage("There is no period \"YEAR\": choose WEEK, MONTH, QUARTER or CUSTOM.");
        assertThatThrownBy(() -> ReviewPeriod.parse("MONTH", "1 March", null, null, today))
                .hasMessage("The day \"1 March\" is not a date: give it as 2031-03-01.");
        assertThatThrownBy(() -> ReviewPeriod.parse("CUSTOM", null, "2031-03-01", "", today))
                .hasMessage("Give the last day of the period, as 2031-03-01.");
    }
}
