package jp.tsunagu.wages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.TableExport;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.wages.WageLedger;
import org.junit.jupiter.api.Test;

/** The wage ledger's month picker reads as a month: 「2026年12月」, not 「2,026年12月」. */
class WageLedgerViewTest extends KaribuTest {

    @Test
    void the_month_picker_names_the_year_without_a_thousands_separator() {
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("wages");
        @SuppressWarnings("unchecked")
        Select<YearMonth> month = _get(Select.class, spec -> spec.withId("wage-month"));
        YearMonth now = month.getValue();
        assertThat(month.getItemLabelGenerator().apply(now))
                .isEqualTo(now.getYear() + "年" + now.getMonthValue() + "月")
                .doesNotContain(",");
    }

    @Test
    void a_wrong_number_of_workers_is_refused_beside_its_field_and_the_typed_values_stay() {
        long facilityId = ctx.getBean(TestData.class).facility("静岡市");
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("wages");
        @SuppressWarnings("unchecked")
        ComboBox<WageLedger.FacilityOption> facility = _get(ComboBox.class, spec -> spec.withId("wage-facility"));
        IntegerField workers = _get(IntegerField.class, spec -> spec.withId("wage-workers"));
        BigDecimalField hours = _get(BigDecimalField.class, spec -> spec.withId("wage-hours"));

        if (!facility.isReadOnly()) {
            facility.setValue(facility.getListDataView()
                    .getItems()
                    .filter(f -> f.id() == facilityId)
                    .findFirst()
                    .orElseThrow());
        }
        workers.setValue(WageLedger.WORKERS_MAX + 1);
        hours.setValue(new BigDecimal("10"));
        _click(_get(Button.class, spec -> spec.withId("save-wage-month")));

        assertThat(workers.isInvalid()).isTrue();
        assertThat(workers.getErrorMessage()).isEqualTo("作業者数は 0〜10,000 人の範囲で入力してください");
        assertThat(workers.getValue()).isEqualTo(WageLedger.WORKERS_MAX + 1);
        assertThat(hours.getValue()).isEqualByComparingTo("10");
    }

    @Test
    void the_ledger_exports_as_csv_and_excel_with_the_screens_columns() throws Exception {
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("wages");
        WageLedgerView view = _get(WageLedgerView.class);
        var links = _find(_get(HorizontalLayout.class, spec -> spec.withId("wages-exports")), Anchor.class);
        assertThat(links).extracting(Anchor::getText).containsExactly("CSV", "Excel");
        Table table = view.table();
        String csv = new String(TableExport.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).contains("月,事業所,支払額,");
        assertThat(table.rows()).hasSize(GridKt._size(view.grid));
        assertThat(TableExport.xlsx(table)).isNotEmpty();
    }
}
