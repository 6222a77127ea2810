package jp.tsunagu.kpi.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.Locale;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.kpi.Kpi;
import jp.tsunagu.kpi.KpiFilter;
import jp.tsunagu.kpi.KpiFormat;
import jp.tsunagu.kpi.KpiPlanService;
import jp.tsunagu.kpi.KpiReport;
import jp.tsunagu.kpi.KpiService;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard as a supervisor sees it: every figure with plan and difference, a plan typed in, a drill-down. */
class KpiDashboardViewTest extends KaribuTest {

    @Autowired
    KpiService kpis;

    @Autowired
    KpiPlanService plans;

    @Test
    void every_figure_shows_with_the_screen_and_the_service_agreeing_and_the_plan_entered_here() {
        login(TestData.unique("sup"), AppRoles.SUPERVISOR);
        navigate("kpi");
        KpiDashboardView view = _get(KpiDashboardView.class);
        _setValue(view.year, 2020);
        Grid<Kpi> grid = view.grid;
        assertThat(_size(grid)).isEqualTo(Kpi.values().length);
        KpiReport report = kpis.report(KpiFilter.year(2020));
        for (int i = 0; i < _size(grid); i++) {
            Kpi kpi = Kpi.values()[i];
            assertThat(_getFormattedRow(grid, i).get(2))
                    .as(kpi.name())
                    .isEqualTo(KpiFormat.value(kpi, report.actual().get(kpi), Locale.JAPAN));
        }
        assertThat(view.freshness.getText()).endsWith("時点の集計（表示のたびに計算）");

        _click(_get(Button.class, spec -> spec.withId("kpi-edit-plan")));
        PlanDialog plan = _get(PlanDialog.class);
        _setValue(plan.fields.get(Kpi.CONTRACT_RATE), new BigDecimal("150"));
        _click(plan.save);
        assertThat(plan.fields.get(Kpi.CONTRACT_RATE).isInvalid())
                .as("beside its field")
                .isTrue();
        assertThat(plan.fields.get(Kpi.CONTRACT_RATE).getErrorMessage()).isEqualTo("契約社率は 0〜100% で入力してください");
        assertThat(plan.fields.get(Kpi.CONTRACT_RATE).getValue()).isEqualByComparingTo("150");
        assertThat(plan.isOpened()).isTrue();
        assertThat(plans.plan(2020)).doesNotContainKey(Kpi.CONTRACT_RATE);
        _setValue(plan.fields.get(Kpi.CONTRACT_RATE), new BigDecimal("72"));
        _setValue(plan.fields.get(Kpi.LEAD_CUSTOMERS), new BigDecimal("3"));
        _click(plan.save);
        expectNotifications("計画を保存しました");
        assertThat(plans.plan(2020).get(Kpi.CONTRACT_RATE)).isEqualTo(0.72);
        assertThat(_getFormattedRow(grid, Kpi.CONTRACT_RATE.ordinal()).get(1)).isEqualTo("72.0%");
        assertThat(_getFormattedRow(grid, Kpi.LEAD_CUSTOMERS.ordinal()).get(1)).isEqualTo("3");

        _click((Button) GridKt._getCellComponent(grid, Kpi.DEMAND.ordinal(), "drill"));
        DrillDialog drill = _get(DrillDialog.class);
        assertThat(drill.table.columns().get(0).header()).isEqualTo("案件");
        assertThat(drill.table.title()).isEqualTo("発注需要額 FY2020");
    }
}
