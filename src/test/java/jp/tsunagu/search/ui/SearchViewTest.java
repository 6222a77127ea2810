package jp.tsunagu.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.customer.CustomerForm;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;

    private static void search(String words) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("q", words)));
    }

    @Test
    void a_director_types_the_name_in_half_width_kana_and_opens_the_customer() {
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        String suffix = TestData.unique("").substring(1);
        CustomerForm form = new CustomerForm();
        form.setName("株式会社みらい商事" + suffix);
        form.setKana("ミライショウジ");
        long id = customers.register(form, true).getId();
        navigate("tasks");
        assertThat(_get(TextField.class, spec -> spec.withId("global-search")).getPlaceholder())
                .isEqualTo("案件・顧客・事業所などを検索");

        search("ﾐﾗｲ商事" + suffix);

        SearchView view = _get(SearchView.class);
        assertThat(view.words.getValue()).isEqualTo("ﾐﾗｲ商事" + suffix);
        Div group = _get(Div.class, spec -> spec.withId("search-customer"));
        assertThat(_get(group, H3.class).getText()).isEqualTo("顧客（1）");
        Anchor hit = _get(group, Anchor.class);
        assertThat(hit.getText()).isEqualTo("株式会社みらい商事" + suffix);
        assertThat(hit.getHref()).isEqualTo("customers/" + id);
        assertThat(view.summary.getText()).isEqualTo("「ﾐﾗｲ商事" + suffix + "」の検索結果（1件）");
    }

    @Test
    void one_character_is_refused_beside_the_box_and_nothing_found_says_so() {
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        search("印");
        SearchView view = _get(SearchView.class);
        assertThat(view.words.isInvalid()).isTrue();
        assertThat(view.words.getErrorMessage()).isEqualTo("2文字以上入力してください");

        search("該当なし" + TestData.unique("x"));
        assertThat(view.summary.getText()).startsWith("「該当なし").endsWith("」に一致するものはありません。言葉を短くするか、別の言い方で試してください");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-hit-title")))
                .isEmpty();
    }
}
