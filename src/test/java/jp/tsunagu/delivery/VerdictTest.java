package jp.tsunagu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An inspection's verdict without Spring: the rate to two places, half up, against the standard, and the checks. */
class VerdictTest {

    private static final BigDecimal ONE_PERCENT = new BigDecimal("1");

    @Test
    void a_rate_exactly_at_the_standard_passes_and_one_error_more_fails() {
        assertThat(Verdict.of(200, 2, ONE_PERCENT, true).passed()).isTrue();
        assertThat(Verdict.of(200, 2, ONE_PERCENT, true).rate()).isEqualByComparingTo("1.00");
        assertThat(Verdict.of(200, 3, ONE_PERCENT, true).passed()).isFalse();
        assertThat(Verdict.of(200, 3, ONE_PERCENT, true).rate()).isEqualByComparingTo("1.50");
    }

    @Test
    void the_rate_rounds_half_up_to_two_places() {
        // 1 ÷ 3 = 33.333…% and 2 ÷ 3 = 66.666…%; 1 ÷ 800 = 0.125% → 0.13%.
        assertThat(Verdict.of(3, 1, ONE_PERCENT, true).rate()).isEqualByComparingTo("33.33");
        assertThat(Verdict.of(3, 2, ONE_PERCENT, true).rate()).isEqualByComparingTo("66.67");
        assertThat(Verdict.of(800, 1, ONE_PERCENT, true).rate()).isEqualByComparingTo("0.13");
    }

    @Test
    void a_check_left_unticked_fails_the_batch_even_within_the_standard() {
        Verdict verdict = Verdict.of(100, 0, ONE_PERCENT, false);
        assertThat(verdict.rateWithin()).isTrue();
        assertThat(verdict.passed()).isFalse();
    }
}
