package jp.tsunagu.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The average monthly wage by the reward rules' formula, its band, and what a job's pay does to both. */
class AverageWageTest {

    /** 令和6年度, 7.5:1, up to 20 places, as the admin's table is seeded. */
    static final RewardBands R6 = new RewardBands(
            1,
            "令和6年度",
            LocalDate.of(2024, 4, 1),
            10,
            List.of(
                    new RewardBands.Band(45_000, 748),
                    new RewardBands.Band(35_000, 716),
                    new RewardBands.Band(30_000, 669),
                    new RewardBands.Band(25_000, 649),
                    new RewardBands.Band(20_000, 637),
                    new RewardBands.Band(15_000, 614),
                    new RewardBands.Band(10_000, 584),
                    new RewardBands.Band(0, 537)));

    static final AverageWage YEAR = new AverageWage(1_800_000, 1_800, 240, 12);

    @Test
    void wages_of_1800000_over_1800_user_days_and_240_days_open_are_20000_a_month_in_the_20000_to_25000_band() {
        // 1,800,000 ÷ (1,800 ÷ 240) ÷ 12
        assertThat(YEAR.monthly()).contains(20_000L);
        assertThat(YEAR.usersPerDay()).isEqualByComparingTo("7.50");
        assertThat(R6.of(20_000)).isEqualTo(new RewardBands.Band(20_000, 637));
        assertThat(R6.upTo(R6.of(20_000))).contains(25_000);
    }

    @Test
    void a_job_adding_360000_a_year_takes_it_to_24000_in_the_same_band() {
        TierEffect effect =
                TierEffect.of(YEAR, R6, null, 360_000, BigDecimal.TEN).orElseThrow();
        assertThat(effect.before()).isEqualTo(20_000);
        assertThat(effect.after()).isEqualTo(24_000);
        assertThat(effect.movesUp()).isFalse();
        assertThat(effect.unitsPerDay()).isZero();
    }

    @Test
    void the_band_changes_exactly_at_its_edges() {
        assertThat(R6.of(19_999).units()).isEqualTo(614);
        assertThat(R6.of(20_000).units()).isEqualTo(637);
        assertThat(R6.of(24_999).units()).isEqualTo(637);
        assertThat(R6.of(25_000).units()).isEqualTo(649);
        assertThat(R6.of(44_999).units()).isEqualTo(716);
        assertThat(R6.of(45_000).units()).isEqualTo(748);
        assertThat(R6.upTo(R6.of(50_000))).isEmpty();
        assertThat(R6.of(0).units()).isEqualTo(537);
        assertThat(R6.of(9_999).units()).isEqualTo(537);
    }

    @Test
    void a_job_that_lifts_the_wage_over_a_band_and_to_the_target_is_worth_the_units_of_both_over_the_years_user_days() {
        // 450,000 more a year: 2,250,000 ÷ 7.5 ÷ 12 = 25,000, the first yen of the next band, and the target of 25,000.
        TierEffect effect =
                TierEffect.of(YEAR, R6, 25_000, 450_000, BigDecimal.TEN).orElseThrow();
        assertThat(effect.after()).isEqualTo(25_000);
        assertThat(effect.movesUp()).isTrue();
        assertThat(effect.targetReached()).isTrue();
        assertThat(effect.unitsPerDay()).isEqualTo(649 - 637 + 10);
        // 22 units × 1,800 user-days × ¥10
        assertThat(effect.yenPerYear()).isEqualByComparingTo("396000");

        TierEffect oneYenShort =
                TierEffect.of(YEAR, R6, 25_000, 449_999, BigDecimal.TEN).orElseThrow();
        assertThat(oneYenShort.after()).as("yen below one cut off").isEqualTo(24_999);
        assertThat(oneYenShort.movesUp()).isFalse();
        assertThat(oneYenShort.targetReached()).isFalse();
    }

    @Test
    void part_of_a_year_counts_its_own_months_and_no_user_days_gives_no_figure() {
        // Eight months: 1,200,000 ÷ (1,200 ÷ 160) ÷ 8
        assertThat(new AverageWage(1_200_000, 1_200, 160, 8).monthly()).contains(20_000L);
        assertThat(new AverageWage(100_000, 0, 20, 1).monthly()).isEmpty();
        assertThat(TierEffect.of(new AverageWage(100_000, 0, 20, 1), R6, null, 1, BigDecimal.TEN))
                .isEmpty();
    }
}
