package io.ordertrail.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

    @Test
    void theMonthsReportIsDueOnTheFirstOfTheNextMonthAtItsTime() {
        ReportSchedule monthly = ReportSchedule.parse(null, null);

        assertThat(monthly.lastDue(LocalDateTime.of(2031, 4, 1, 5, 59)))
                .contains(ReviewPeriod.month(YearMonth.of(2031, 2)));
        assertThat(monthly.lastDue(LocalDateTime.of(2031, 4, 1, 6, 0)))
                .contains(ReviewPeriod.month(YearMonth.of(2031, 3)));
        assertThat(monthly.lastDue(LocalDateTime.of(2031, 4, 17, 12, 0)))
                .contains(ReviewPeriod.month(YearMonth.of(2031, 3)));
    }

    @Test
    void aWeeklyOrQuarterlyScheduleReportsTheLastWeekOrQuarterAndNeverNone() {
        assertThat(ReportSchedule.parse("WEEK", "07:30").lastDue(LocalDateTime.of(2031, 3, 12, 8, 0)))
                .contains(ReviewPeriod.week(LocalDate.of(2031, 3, 3)));
        assertThat(ReportSchedule.parse("quarter", null).lastDue(LocalDateTime.of(2031, 5, 2, 8, 0)))
                .contains(ReviewPeriod.quarter(LocalDate.of(2031, 1, 1)));
        assertThat(ReportSchedule.parse("NEVER", null).lastDue(LocalDateTime.of(2031, 5, 2, 8, 0)))
                .isEmpty();
    }

    @Test
    void aScheduleThatCannotBeReadIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> ReportSchedule.parse("DAILY", null))
                .hasMessage("ordertrail.review.report-every is \"DAILY\": give WEEK, MONTH, QUARTER or NEVER.");
        assertThatThrownBy(() -> ReportSchedule.parse("MONTH", "6 am"))
                .hasMessage("ordertrail.review.report-at is \"6 am\": give a time of day such as 06:00.");
    }
}
