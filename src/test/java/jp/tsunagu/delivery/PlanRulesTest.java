package jp.tsunagu.delivery;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.requirements.PricingBasis;
import org.junit.jupiter.api.Test;

/** The delivery plan's rules without Spring or a database: what the plan editor refuses, and why. */
class PlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<AssignedShares.Share> ASSIGNED =
            List.of(new AssignedShares.Share(1, "ひまわり作業所", 100), new AssignedShares.Share(2, "あおい工房", 50));

    private static PlanForm oneOff(PlanForm.Batch... batches) {
        return new PlanForm(
                new BigDecimal("20"),
                PricingBasis.PER_PIECE,
                new BigDecimal("2"),
                false,
                null,
                null,
                null,
                List.of(),
                List.of(batches),
                List.of("件数の確認"));
    }

    private static PlanForm monthly(LocalDate first, LocalDate end, PlanForm.Line... lines) {
        return new PlanForm(
                new BigDecimal("20"),
                PricingBasis.PER_PIECE,
                new BigDecimal("2"),
                true,
                first,
                end,
                25,
                List.of(lines),
                List.of(),
                List.of());
    }

    @Test
    void batches_within_each_facilitys_share_due_from_today_pass() {
        assertThatCode(() -> PlanRules.check(
                        oneOff(new PlanForm.Batch(1, TODAY, 60), new PlanForm.Batch(1, TODAY.plusDays(7), 40)),
                        false,
                        null,
                        ASSIGNED,
                        TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void a_batch_due_yesterday_is_refused() {
        assertThatThrownBy(() -> PlanRules.check(
                        oneOff(new PlanForm.Batch(1, TODAY.minusDays(1), 10)), false, null, ASSIGNED, TODAY))
                .hasMessage("delivery.due.past");
    }

    @Test
    void more_batches_for_a_facility_than_it_took_on_are_refused_counting_all_its_batches() {
        assertThatThrownBy(() -> PlanRules.check(
                        oneOff(new PlanForm.Batch(2, TODAY, 30), new PlanForm.Batch(2, TODAY.plusDays(3), 21)),
                        false,
                        null,
                        ASSIGNED,
                        TODAY))
                .hasMessage("delivery.quantity.overAssigned");
    }

    @Test
    void a_batch_for_a_facility_not_assigned_is_refused() {
        assertThatThrownBy(
                        () -> PlanRules.check(oneOff(new PlanForm.Batch(9, TODAY, 10)), false, null, ASSIGNED, TODAY))
                .hasMessage("delivery.facility.notAssigned");
    }

    @Test
    void a_monthly_contract_ending_before_it_starts_or_after_five_years_is_refused() {
        LocalDate april = LocalDate.of(2027, 4, 1);
        assertThatThrownBy(() -> PlanRules.check(
                        monthly(april, april.minusMonths(1), new PlanForm.Line(1, 50)), false, null, ASSIGNED, TODAY))
                .hasMessage("delivery.contract.order");
        assertThatThrownBy(() -> PlanRules.check(
                        monthly(april, april.plusMonths(61), new PlanForm.Line(1, 50)), false, null, ASSIGNED, TODAY))
                .hasMessage("delivery.contract.long");
        assertThatCode(() -> PlanRules.check(
                        monthly(april, april.plusMonths(60), new PlanForm.Line(1, 50)), false, null, ASSIGNED, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void a_price_with_three_decimals_or_a_standard_over_100_percent_is_refused() {
        assertThatThrownBy(() -> PlanRules.check(
                        oneOff(new BigDecimal("20.005"), new BigDecimal("2")), false, null, ASSIGNED, TODAY))
                .hasMessage("delivery.price.range");
        assertThatThrownBy(() -> PlanRules.check(
                        oneOff(new BigDecimal("20"), new BigDecimal("100.01")), false, null, ASSIGNED, TODAY))
                .hasMessage("delivery.errorRate.range");
    }

    @Test
    void a_refused_batch_or_month_names_its_own_line_so_the_editor_shows_it_there() {
        assertThatThrownBy(() -> PlanRules.check(
                        oneOff(new PlanForm.Batch(1, TODAY, 10), new PlanForm.Batch(2, TODAY.minusDays(1), 10)),
                        false,
                        null,
                        ASSIGNED,
                        TODAY))
                .hasFieldOrPropertyWithValue("field", "batches[1].dueOn");
        assertThatThrownBy(() -> PlanRules.check(
                        oneOff(new PlanForm.Batch(2, TODAY, 30), new PlanForm.Batch(2, TODAY.plusDays(3), 21)),
                        false,
                        null,
                        ASSIGNED,
                        TODAY))
                .hasFieldOrPropertyWithValue("field", "batches[1].quantity");
        LocalDate april = LocalDate.of(2027, 4, 1);
        assertThatThrownBy(() -> PlanRules.check(
                        monthly(april, april.plusMonths(12), new PlanForm.Line(1, 50), new PlanForm.Line(2, 51)),
                        false,
                        null,
                        ASSIGNED,
                        TODAY))
                .hasMessage("delivery.quantity.overAssigned")
                .hasFieldOrPropertyWithValue("field", "monthly.2");
    }

    private static PlanForm oneOff(BigDecimal price, BigDecimal errorRate) {
        return new PlanForm(
                price,
                PricingBasis.PER_PIECE,
                errorRate,
                false,
                null,
                null,
                null,
                List.of(),
                List.of(new PlanForm.Batch(1, TODAY, 10)),
                List.of());
    }
}
