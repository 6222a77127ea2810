package jp.tsunagu.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The training material's worked examples, figure for figure. */
class WageAdvisorTest {

    private static WageInputs perPiece(
            String price, String supporter, String fast, String average, String slow, Integer minimumWage) {
        return new WageInputs(
                dec(price),
                PricingBasis.PER_PIECE,
                dec(supporter),
                dec(fast),
                dec(average),
                dec(slow),
                null,
                null,
                null,
                null,
                minimumWage);
    }

    @Test
    void towel_folding_three_yen_a_towel() {
        // ¥3 × 100/h = ¥300/h a supporter; a worker at 30 % does 30/h = ¥90/h; ¥90 × 5 h × 20 d = ¥9,000.
        WageFigures f = WageAdvisor.judge(perPiece("3", "100", null, "30", null, 800));
        assertThat(WageAdvisor.yen(f.supporterHourly())).isEqualTo(300);
        assertThat(WageAdvisor.percent(f.minimumWageRatio())).isEqualByComparingTo("37.5");
        assertThat(WageAdvisor.yen(f.averageHourly())).isEqualTo(90);
        assertThat(WageAdvisor.yen(f.averageMonthly())).isEqualTo(9_000);
        assertThat(f.fastHourly()).isNull();
        assertThat(f.level()).isEqualTo(WageFigures.Level.BELOW_FLOOR);
        assertThat(f.floorPrice()).isEqualByComparingTo("3.80");
    }

    @Test
    void the_issue_examples() {
        WageFigures kashime = WageAdvisor.judge(perPiece("0.65", "300", null, null, null, null));
        assertThat(WageAdvisor.yen(kashime.supporterHourly())).isEqualTo(195);
        WageFigures towel = WageAdvisor.judge(perPiece("3", "100", null, "30", null, null));
        assertThat(WageAdvisor.yen(towel.averageMonthly())).isEqualTo(9_000);
        assertThat(kashime.minimumWageRatio()).isNull();
    }

    /** 「例・個別W：請負の支援者人時売上」: supporter, fast and slow workers' hourly sales. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "かしめ,            0.65, 300, 300, 220,  195,  195, 143",
        "フェルト,          0.15, 400, 400, 225,   60,   60,  34",
        "キャップシール貼り, 0.75, 200, 155,  43,  150,  116,  32",
        "シール貼り,        2,    500, 400, 100, 1000,  800, 200",
    })
    void hourly_sales_per_job(
            String job,
            String price,
            String supporter,
            String fast,
            String slow,
            long supporterYen,
            long fastYen,
            long slowYen) {
        WageFigures f = WageAdvisor.judge(perPiece(price, supporter, fast, null, slow, 830));
        assertThat(WageAdvisor.yen(f.supporterHourly())).isEqualTo(supporterYen);
        assertThat(WageAdvisor.yen(f.fastHourly())).isEqualTo(fastYen);
        assertThat(WageAdvisor.yen(f.slowHourly())).isEqualTo(slowYen);
    }

    /**
     * 「請負作業の分析例」 (minimum wage ¥846): supporter hourly sales, minimum-wage ratio, and the workers'
     * hourly sales, the fast ones at the supporter's pace, the average at half of it and the slow at a fifth.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "フック,        0.2,  648, 130, 15.3, 130,  65,  26",
        "タイヤ,        0.5,  840, 420, 49.6, 420, 210,  84",
        "四角(バラ),    0.8,  624, 499, 59.0, 499, 250, 100",
        "ちくわ,        1,    840, 840, 99.3, 840, 420, 168",
        "丸,            0.45, 456, 205, 24.3, 205, 103,  41",
        "95,            2.7,  144, 389, 46.0, 389, 194,  78",
        "K(角切なし),   2.4,  144, 346, 40.9, 346, 173,  69",
        "アジャスター,  1,    264, 264, 31.2, 264, 132,  53",
        "紙折,          0.6,  168, 101, 11.9, 101,  50,  20",
        "30数え,        4.5,   90, 405, 47.9, 405, 203,  81",
        "50数え,        7.5,   60, 450, 53.2, 450, 225,  90",
        "80数え,        12,    40, 480, 56.7, 480, 240,  96",
        "290A065#2,     0.25, 240,  60,  7.1,  60,  30,  12",
    })
    void analysis_table(
            String job,
            String price,
            String pieces,
            long supporterYen,
            String ratio,
            long fastYen,
            long averageYen,
            long slowYen) {
        BigDecimal perHour = dec(pieces);
        WageFigures f = WageAdvisor.judge(new WageInputs(
                dec(price),
                PricingBasis.PER_PIECE,
                perHour,
                perHour,
                perHour.multiply(new BigDecimal("0.5")),
                perHour.multiply(new BigDecimal("0.2")),
                null,
                null,
                null,
                null,
                846));
        assertThat(WageAdvisor.yen(f.supporterHourly())).isEqualTo(supporterYen);
        assertThat(WageAdvisor.percent(f.minimumWageRatio())).isEqualByComparingTo(ratio);
        assertThat(WageAdvisor.yen(f.fastHourly())).isEqualTo(fastYen);
        assertThat(WageAdvisor.yen(f.averageHourly())).isEqualTo(averageYen);
        assertThat(WageAdvisor.yen(f.slowHourly())).isEqualTo(slowYen);
    }

    @Test
    void a_mixed_team_paid_by_the_day_counts_in_supporter_equivalents() {
        // Three workers and a supporter, 5.5 h a day, ¥4,400 a day from the farm = two supporters' work.
        WageFigures farm = WageAdvisor.judge(new WageInputs(
                dec("4400"), PricingBasis.PER_DAY, null, null, null, null, null, null, dec("5.5"), dec("2"), null));
        assertThat(WageAdvisor.yen(farm.supporterHourly())).isEqualTo(400);
        assertThat(farm.level()).isEqualTo(WageFigures.Level.BELOW_AVERAGE);
        // Five workers and a supporter fold 1,000 towels at ¥3 in 5 h = three supporters' work.
        WageFigures towels = WageAdvisor.judge(new WageInputs(
                dec("3000"), PricingBasis.PER_DAY, null, null, null, null, null, null, dec("5"), dec("3"), null));
        assertThat(WageAdvisor.yen(towels.supporterHourly())).isEqualTo(200);
        assertThat(towels.belowFloor()).isTrue();
    }

    @Test
    void a_monthly_price_is_a_days_pay_over_the_days_worked() {
        WageFigures f = WageAdvisor.judge(new WageInputs(
                dec("88000"), PricingBasis.PER_MONTH, null, null, null, null, null, 20, dec("5.5"), dec("2"), null));
        assertThat(WageAdvisor.yen(f.supporterHourly())).isEqualTo(400);
    }

    @Test
    void a_working_pattern_changes_the_monthly_wage_and_the_benchmarks() {
        WageFigures f = WageAdvisor.judge(new WageInputs(
                dec("3"), PricingBasis.PER_PIECE, dec("100"), null, dec("30"), null, dec("6"), 22, null, null, null));
        assertThat(WageAdvisor.yen(f.averageMonthly())).isEqualTo(11_880);
        assertThat(WageAdvisor.yen(f.benchmarkFloorMonthly())).isEqualTo(380 * 6 * 22);
        assertThat(WageAdvisor.yen(f.benchmarkAverageMonthly())).isEqualTo(516 * 6 * 22);
    }

    @Test
    void levels_against_home_piece_work() {
        assertThat(WageAdvisor.judge(perPiece("5.16", "100", null, null, null, null))
                        .level())
                .isEqualTo(WageFigures.Level.AT_OR_ABOVE_AVERAGE);
        assertThat(WageAdvisor.judge(perPiece("3.80", "100", null, null, null, null))
                        .level())
                .isEqualTo(WageFigures.Level.BELOW_AVERAGE);
        assertThat(WageAdvisor.judge(perPiece("3.79", "100", null, null, null, null))
                        .level())
                .isEqualTo(WageFigures.Level.BELOW_FLOOR);
        assertThat(WageAdvisor.judge(perPiece("3", null, null, null, null, null))
                        .level())
                .isEqualTo(WageFigures.Level.UNKNOWN);
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s.strip());
    }
}
