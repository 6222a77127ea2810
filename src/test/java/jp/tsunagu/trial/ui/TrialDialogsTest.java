package jp.tsunagu.trial.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.assignment.Split;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.trial.TrialForm;
import jp.tsunagu.trial.TrialRecord;
import jp.tsunagu.trial.TrialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trial's result dialog says what is wrong beside the field, and keeps what was typed. */
class TrialDialogsTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    AssignmentService assignments;

    @Autowired
    TrialService trials;

    @Test
    void more_pieces_than_the_sample_is_refused_beside_the_pieces_and_nothing_is_recorded() {
        String director = TestData.unique("dir");
        String staff = TestData.unique("staff");
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("トライアルの入力"), WorkCategory.PC);
        long facility = data.facility("静岡市");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        LocalDate today = LocalDate.now();
        assignments.confirm(dealId, List.of(new Split(facility, 100, 40)), 100, today, today.plusMonths(1));
        trials.plan(dealId, 0, new TrialForm(10, null, null));

        login(staff, AppRoles.INTERMEDIARY);
        navigate("deals/" + dealId);
        @SuppressWarnings("unchecked")
        Grid<TrialRecord.Result> results = _get(Grid.class, spec -> spec.withId("trial-results"));
        _click((Button) GridKt._getCellComponent(results, 0, "record"));
        IntegerField pieces = _get(IntegerField.class, spec -> spec.withId("result-pieces"));
        _setValue(pieces, 20);
        _setValue(_get(IntegerField.class, spec -> spec.withId("result-minutes")), 30);
        _setValue(_get(IntegerField.class, spec -> spec.withId("result-workers")), 1);
        _setValue(_get(IntegerField.class, spec -> spec.withId("result-errors")), 0);
        _click(_get(Button.class, spec -> spec.withId("save-result")));

        assertThat(pieces.isInvalid()).isTrue();
        assertThat(pieces.getErrorMessage()).isEqualTo("完了数（20）がサンプル数量（10）を超えています");
        assertThat(pieces.getValue()).isEqualTo(20);
        assertThat(_get(Dialog.class, spec -> spec.withId("result-dialog")).isOpened())
                .isTrue();
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        assertThat(trials.of(dealId).results()).noneMatch(r -> r.recorded());
    }
}
