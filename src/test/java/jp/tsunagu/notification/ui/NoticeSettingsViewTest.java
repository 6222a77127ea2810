package jp.tsunagu.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.notification.ChannelKind;
import jp.tsunagu.notification.Delivery;
import jp.tsunagu.notification.NoticeChannels;
import jp.tsunagu.notification.NoticePreferences;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.Test;

/**
 * A facility's staff member sets how notices reach them: a kind to the morning summary, a chat channel refused beside
 * its field and then added; nothing is kept of the refused one.
 */
class NoticeSettingsViewTest extends KaribuTest {

    @Test
    void a_choice_is_kept_and_a_bad_channel_is_refused_beside_its_field_and_not_added() {
        String staff = TestData.unique("setfac");
        ctx.getBean(UserDirectory.class).create(staff, "settings-pass-1", "ひまわり 職員", AppRoles.FACILITY);
        login(staff, AppRoles.FACILITY);
        navigate("notifications/settings");
        NoticeSettingsView view = _get(NoticeSettingsView.class);

        @SuppressWarnings("unchecked")
        List<RadioButtonGroup<Delivery>> kinds = _find(view, RadioButtonGroup.class).stream()
                .map(g -> (RadioButtonGroup<Delivery>) g)
                .filter(g -> "BATCH_DUE".equals(g.getElement().getAttribute("data-kind")))
                .toList();
        assertThat(kinds).singleElement().satisfies(g -> {
            assertThat(g.getLabel()).isEqualTo("納期の前日");
            _setValue(g, Delivery.DIGEST);
        });
        assertThat(ctx.getBean(NoticePreferences.class).mine()).containsEntry("BATCH_DUE", Delivery.DIGEST);

        ChannelFormLayout form = _get(view, ChannelFormLayout.class);
        _setValue(form.kind, ChannelKind.SLACK);
        _setValue(form.label, "作業所のSlack");
        _setValue(form.url, "http://intranet.example.jp/hook");
        _click(_get(form, Button.class, spec -> spec.withId("channel-add")));
        assertThat(form.url.isInvalid()).isTrue();
        assertThat(form.url.getErrorMessage()).isEqualTo("https:// で始まる URL を入力してください。");
        assertThat(form.label.getValue()).as("nothing typed is lost").isEqualTo("作業所のSlack");
        assertThat(ctx.getBean(NoticeChannels.class).mine()).isEmpty();

        _setValue(form.url, "https://hooks.slack.com/services/T0/B0/x");
        _click(_get(form, Button.class, spec -> spec.withId("channel-add")));
        assertThat(form.url.isInvalid()).isFalse();
        assertThat(ctx.getBean(NoticeChannels.class).mine()).singleElement().satisfies(c -> assertThat(c.label())
                .isEqualTo("作業所のSlack"));
    }
}
