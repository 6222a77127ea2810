package jp.tsunagu.wages.ui;

import com.vaadin.flow.component.select.Select;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

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
                .isEqualTo(now.getYear() + "年" + now.getMonthValue() + "月").doesNotContain(",");
    }
}
