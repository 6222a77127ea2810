package jp.tsunagu.tier.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.util.Map;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.delivery.DeliveryService;
import jp.tsunagu.delivery.InspectionForm;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.tier.WageTiers;
import jp.tsunagu.wages.LedgerRow;
import jp.tsunagu.wages.WageLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facility's average monthly wage on its page, by its own figures; what a job does to it in the intermediary's
 * ranking and on the facility's offer; the facilities that moved up a band on the KPI page.
 */
class WageTierViewsTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    WageTiers tiers;

    @Autowired
    WageLedger ledger;

    @Autowired
    DeliveryService deliveries;

    /** Twelve months to last month: ¥150,000 wages, 150 user-days, 20 days open each (1,800,000 / 1,800 / 240). */
    private void aYearOf(long facility, long wagesAMonth) {
        YearMonth last = tiers.thisMonth().minusMonths(1);
        for (int i = 0; i < 12; i++) {
            tiers.enterMonth(facility, last.minusMonths(i), wagesAMonth, 150, 20);
        }
    }

    @Test
    void the_facility_enters_its_figures_and_reads_its_average_wage_band_and_the_distance_to_the_next() {
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        long facility = data.facility(TestData.unique("町"));
        String staff = TestData.unique("fac");
        TestData.actAs(staff, AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        login(staff, AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        aYearOf(facility, 150_000);
        navigate("facilities/" + facility);
        TierEntryForms forms = _get(TierEntryForms.class);
        _setValue(forms.staffing, "7.5:1");
        _setValue(forms.places, 20);
        _setValue(forms.wageTarget, 22_000);
        _click(_get(Button.class, spec -> spec.withId("tier-save-profile")));

        String cards = _get(Div.class, spec -> spec.withClasses("tier-cards"))
                .getElement()
                .getTextRecursively();
        assertThat(cards)
                .contains("¥20,000")
                .contains("¥1,800,000 ÷（延べ 1,800人日 ÷ 開所 240日）÷ 12か月 = ¥20,000")
                .contains("¥20,000以上 ¥25,000未満：637単位/日")
                .contains("月 ¥5,000（年間の工賃で約 ¥450,000）")
                .as("to its own target")
                .contains("目標工賃まで月 ¥2,000");

        // A month with users and no day open is refused beside the days open, and nothing changes.
        _setValue(forms.wagesPaid, 999_999);
        _setValue(forms.userDays, 150);
        _setValue(forms.daysOpen, 0);
        _click(_get(Button.class, spec -> spec.withId("tier-save-month")));
        assertThat(forms.daysOpen.getErrorMessage()).isEqualTo("利用者がいる月は開所日数を1日以上にしてください");
        assertThat(tiers.standing(facility).monthly()).isEqualTo(20_000L);

        // Another facility's figures are not there for this facility's staff.
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        long other = data.facility(TestData.unique("町"));
        TestData.actAs(staff, AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        assertThatThrownBy(() -> tiers.standing(other))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("facility.notFound");
    }

    @Test
    void the_wages_that_came_through_tsunagu_are_the_wage_ledgers_figure_for_the_same_months() {
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        long facility = data.facility(TestData.unique("町"));
        long batch = data.openBatch(facility);
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        deliveries.recordDelivery(batch, 100, null);
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        deliveries.inspect(batch, new InspectionForm(100, Map.of(), true, null));

        String staff = TestData.unique("fac");
        TestData.actAs(staff, AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        YearMonth now = tiers.thisMonth();
        for (int i = 0; i < 12; i++) {
            tiers.enterMonth(facility, now.minusMonths(i), 100_000L, 150, 20);
        }
        long ledgerPaid = ledger.ledger(now.minusMonths(11), now, facility).stream()
                .filter(r -> r.month() == null)
                .mapToLong(LedgerRow::paid)
                .sum();
        assertThat(ledgerPaid).as("the accepted batch is paid this month").isPositive();

        login(staff, AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        navigate("facilities/" + facility);
        String ours =
                _get(Div.class, spec -> spec.withId("tier-ours")).getElement().getTextRecursively();
        assertThat(ours)
                .contains(String.format("¥%,d", ledgerPaid))
                .contains(now.minusMonths(11).getYear() + "/"
                        + String.format("%02d", now.minusMonths(11).getMonthValue()))
                .contains(Math.round(100.0 * ledgerPaid / 1_200_000) + "%");
    }

    @Test
    void a_facility_whose_newest_twelve_months_reach_a_higher_band_than_the_year_before_counts_on_the_kpi_page() {
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        long facility = data.facility(TestData.unique("町"));
        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        long before = tiers.movedUpIn(2026);
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        tiers.saveProfile(facility, "7.5:1", 20, null);
        // 2025年度 at ¥140,000 a month (¥18,666: 614 units); from April 2026 ¥160,000 (the newest twelve: ¥20,444).
        for (YearMonth m = YearMonth.of(2025, 4); m.isBefore(YearMonth.of(2026, 4)); m = m.plusMonths(1)) {
            tiers.enterMonth(facility, m, 140_000L, 150, 20);
        }
        for (YearMonth m = YearMonth.of(2026, 4); m.isBefore(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
            tiers.enterMonth(facility, m, 160_000L, 150, 20);
        }
        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        assertThat(tiers.movedUpIn(2026)).isEqualTo(before + 1);

        login(TestData.unique("sup"), AppRoles.SUPERVISOR);
        navigate("kpi");
        assertThat(_get(Span.class, spec -> spec.withId("kpi-tier-up")).getText())
                .endsWith("：" + (before + 1) + "か所");
    }
}
