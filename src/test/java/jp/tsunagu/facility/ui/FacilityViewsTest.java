package jp.tsunagu.facility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;

class FacilityViewsTest extends KaribuTest {

    @Test
    void a_bad_csv_shows_its_problems_by_line_and_cannot_be_imported() {
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("facilities/import");
        FacilityImportView view = _get(FacilityImportView.class);
        assertThat(view.upload.getI18n().getAddFiles().getOne()).isEqualTo("CSVファイルを選ぶ…");

        view.preview("事業所名,種別\n,B\n良い所,X\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).startsWith("3件の問題があるため取り込めません");
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(GridKt._size(view.errors)).isEqualTo(3);
        assertThat(view.confirm.isEnabled()).isFalse();
    }

    @Test
    void a_good_csv_can_be_imported_and_the_facility_is_listed() {
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("facilities/import");
        FacilityImportView view = _get(FacilityImportView.class);
        String name = TestData.unique("取込作業所");
        view.preview(("事業所名,種別,市町村\n" + name + ",B,静岡市\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.summary.getText()).isEqualTo("1件の事業所を取り込めます（文字コード：UTF-8）");
        view.confirm.click();

        FacilityListView list = _get(FacilityListView.class);
        list.search.setValue(name);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
    }

    @Test
    void intermediary_staff_register_one_facility_by_the_form_with_each_rule_beside_its_field() {
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("facilities");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("facility-register")));
        FacilityRegisterDialog dialog = _get(FacilityRegisterDialog.class);
        LocatorJ._click(dialog.save);
        assertThat(dialog.name.isInvalid()).as("the name, beside its field").isTrue();

        String name = TestData.unique("手入力の作業所");
        LocatorJ._setValue(dialog.name, name);
        LocatorJ._click(dialog.save);
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getPath())
                .as("on to the new facility's page, for its survey")
                .startsWith("facilities/");

        navigate("facilities");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("facility-register")));
        FacilityRegisterDialog again = _get(FacilityRegisterDialog.class);
        LocatorJ._setValue(again.name, name);
        LocatorJ._click(again.save);
        assertThat(again.name.getErrorMessage()).contains(name);
        assertThat(again.isOpened()).as("nothing lost").isTrue();
    }
}
