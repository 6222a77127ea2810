package jp.tsunagu.requirements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.requirements.MinimumWageEntry;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.WageAdvisor;
import org.junit.jupiter.api.Test;

/** The office is told to update an outdated minimum wage; a facility, which cannot, is not. */
class WageAdvisorPanelTest extends KaribuTest {

    @Test
    void the_outdated_minimum_wage_note_is_for_the_office_only() {
        MinimumWageEntry outdated = new MinimumWageEntry(
                LocalDate.of(2024, 10, 1), 1034, "静岡県", "admin", Instant.parse("2024-09-01T00:00:00Z"), true);
        RequirementsForm form = new RequirementsForm();
        form.setUnitPrice(BigDecimal.valueOf(30));
        form.setPricingBasis(PricingBasis.PER_PIECE);
        form.setSupporterPerHour(BigDecimal.valueOf(30));
        form.setAveragePerHour(BigDecimal.valueOf(20));
        var figures = WageAdvisor.judge(form.wageInputs(1034));

        WageAdvisorPanel office = new WageAdvisorPanel();
        office.show(form, figures, outdated);
        assertThat(office.getElement().getTextRecursively())
                .contains("2024/10/01")
                .contains("1年");

        WageAdvisorPanel facility = new WageAdvisorPanel(false);
        facility.show(form, figures, outdated);
        assertThat(facility.getChildren().anyMatch(c -> c.getId()
                        .filter("minimum-wage-outdated"::equals)
                        .isPresent()))
                .isFalse();
        assertThat(office.getChildren().anyMatch(c -> c.getId()
                        .filter("minimum-wage-outdated"::equals)
                        .isPresent()))
                .isTrue();
    }
}
