package jp.tsunagu.deal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.LostReasonOption;
import jp.tsunagu.deal.LostReasons;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's list of reasons a deal was lost. */
class LostReasonsViewTest extends KaribuTest {

    @Autowired
    LostReasons reasons;

    @Test
    void a_reason_saved_without_its_english_name_is_refused_beside_that_field_and_the_list_keeps_the_old_one() {
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/lost-reasons");
        LostReasonsView view = _get(LostReasonsView.class);
        LostReasonOption first = GridKt._get(view.grid, 0);
        view.grid.select(first);
        _setValue(view.labelJa, "価格が合わない（改）");
        _setValue(view.labelEn, " ");
        _click(view.save);

        assertThat(view.labelEn.isInvalid()).isTrue();
        assertThat(view.labelEn.getErrorMessage()).isEqualTo("名称を入力してください");
        assertThat(view.labelJa.getValue()).as("what was typed stays").isEqualTo("価格が合わない（改）");
        assertThat(reasons.find(first.code()).orElseThrow().labelEn()).isEqualTo(first.labelEn());
    }
}
