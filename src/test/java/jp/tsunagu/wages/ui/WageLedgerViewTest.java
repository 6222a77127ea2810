package jp.tsunagu.wages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.security.AppRoles;
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
    void the_ledger_exports_as_csv_and_excel_with_the_screens_columns() throws Exception {
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("wages");
        WageLedgerView view = _get(WageLedgerView.class);
        var links = _find(
                _get(
                        com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                        spec -> spec.withId("wages-exports")),
                com.vaadin.flow.component.html.Anchor.class);
        assertThat(links)
                .extracting(com.vaadin.flow.component.html.Anchor::getText)
                .containsExactly("CSV", "Excel");
        jp.tsunagu.base.Table table = view.table();
        String csv = new String(jp.tsunagu.base.TableExport.csv(table), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("月,事業所,支払額,");
        assertThat(table.rows()).hasSize(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid));
        assertThat(jp.tsunagu.base.TableExport.xlsx(table)).isNotEmpty();
    }
}
