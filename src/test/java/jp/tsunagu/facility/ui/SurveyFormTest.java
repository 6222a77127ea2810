package jp.tsunagu.facility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A facility keeps its survey: a rule that spans fields shows beside the field, never as an unexpected error. */
class SurveyFormTest extends KaribuTest {

    @Autowired
    TestData data;

    @Test
    void hours_that_end_before_they_start_are_refused_beside_the_end_and_nothing_is_saved() {
        long facility = data.facility(TestData.unique("町"));
        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        navigate("facilities/" + facility);
        TimePicker from = _get(TimePicker.class, spec -> spec.withId("survey-hours-from"));
        TimePicker to = _get(TimePicker.class, spec -> spec.withId("survey-hours-to"));
        _setValue(from, LocalTime.of(15, 0));
        _setValue(to, LocalTime.of(9, 0));
        assertThat(to.isInvalid()).as("at once, beside the field").isTrue();
        _click(_get(Button.class, spec -> spec.withId("survey-save")));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("作業時間の終了は開始より後にしてください");
        NotificationsKt.expectNoNotifications();

        _setValue(to, LocalTime.of(16, 0));
        assertThat(to.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("survey-save")));
        NotificationsKt.expectNotifications("能力調査の回答を保存しました");
    }
}
