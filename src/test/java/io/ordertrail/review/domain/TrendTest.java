package io.ordertrail.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void aMonthIsDrawnOnePointADayWithTheDaysWithoutOrdersAtZero() {
        Trend trend = Trend.of(
                ReviewPeriod.month(YearMonth.of(2031, 2)),
                Map.of(LocalDate.of(2031, 2, 1), 4L, LocalDate.of(2031, 2, 28), 2L));

        assertThat(trend.daysPerPoint()).isEqualTo(1);
        assertThat(trend.points()).hasSize(28);
        assertThat(trend.points().get(0))
                .isEqualTo(new Trend.Point(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 1), 4));
        assertThat(trend.points().get(1).orders()).isZero();
        assertThat(trend.points().get(27).orders()).isEqualTo(2);
    }

    @Test
    void aQuarterIsDrawnOnePointAWeekFromItsFirstDayTheLastPointShorter() {
        // Q1 2031: 90 days, so 12 weeks and a point of 6 days
        Trend trend = Trend.of(
                ReviewPeriod.quarter(LocalDate.of(2031, 2, 14)),
                Map.of(
                        LocalDate.of(2031, 1, 1), 1L,
                        LocalDate.of(2031, 1, 7), 2L,
                        LocalDate.of(2031, 1, 8), 3L,
                        LocalDate.of(2031, 3, 31), 5L));

        assertThat(trend.daysPerPoint()).isEqualTo(7);
        assertThat(trend.points()).hasSize(13);
        assertThat(trend.points().get(0))
                .isEqualTo(new Trend.Point(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 7), 3));
        assertThat(trend.points().get(1).orders()).isEqualTo(3);
        assertThat(trend.points().get(12))
                .isEqualTo(new Trend.Point(LocalDate.of(2031, 3, 26), LocalDate.of(2031, 3, 31), 5));
        assertThat(trend.points().stream().mapToLong(Trend.Point::orders).sum()).isEqualTo(11);
    }

    @Test
    void aCustomPeriodOfUpToSixtyTwoDaysIsStillDrawnDaily() {
        LocalDate first = LocalDate.of(2031, 1, 1);
        assertThat(Trend.of(ReviewPeriod.custom(first, first.plusDays(61)), Map.of())
                        .daysPerPoint())
                .isEqualTo(1);
        assertThat(Trend.of(ReviewPeriod.custom(first, first.plusDays(62)), Map.of())
                        .daysPerPoint())
                .isEqualTo(7);
    }

    @Test
    void aDayOutsideThePeriodIsRefused() {
        ReviewPeriod march = ReviewPeriod.month(YearMonth.of(2031, 3));
        assertThatThrownBy(() -> Trend.of(march, Map.of(LocalDate.of(2031, 4, 1), 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2031-04-01");
    }
}
