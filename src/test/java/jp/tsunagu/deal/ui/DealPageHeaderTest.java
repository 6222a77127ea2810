package jp.tsunagu.deal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DealPageHeaderTest extends KaribuTest {

    @Autowired
    TestData data;

    @Test
    void the_deal_page_header_lists_every_section_one_click_away() {
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("見出し確認"), WorkCategory.PC);
        navigate("deals/" + dealId);

        Div header = _get(Div.class, spec -> spec.withClasses("deal-header"));
        List<String> buttons = _find(_get(Div.class, spec -> spec.withId("deal-sections")), Button.class).stream()
                .map(Button::getText)
                .toList();
        List<String> sectionHeadings = _find(Div.class, spec -> spec.withClasses("deal-section")).stream()
                .flatMap(section -> _find(section, H3.class).stream().limit(1))
                .map(H3::getText)
                .toList();
        assertThat(buttons).hasSizeGreaterThan(3).contains("活動履歴").isSubsetOf(sectionHeadings);
        assertThat(header.getChildren().count()).isEqualTo(2);
    }
}
