package jp.tsunagu.pipeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.OffsetDateTime;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.pipeline.SlaStatus;
import org.junit.jupiter.api.Test;

/** Late is late: a task past its due instant shows red 超過, never orange 残り 0時間. */
class SlaBadgeTest extends KaribuTest {

    private final Instant fridayClose =
            OffsetDateTime.parse("2026-12-04T18:00+09:00").toInstant();
    private final Instant saturday =
            OffsetDateTime.parse("2026-12-05T10:00+09:00").toInstant();

    @Test
    void a_batch_due_friday_evening_is_late_on_saturday_with_no_business_minute_over() {
        var look = SlaBadge.look(new Div(), new SlaStatus(SlaState.AT_RISK, 0, 540, 2), fridayClose, saturday);
        assertThat(look.text()).isEqualTo("期限超過");
        assertThat(look.kinds()).isEqualTo("badge-overdue");
    }

    @Test
    void before_its_due_instant_it_still_shows_the_time_left() {
        var look = SlaBadge.look(new Div(), new SlaStatus(SlaState.AT_RISK, 90, 540, 2), saturday, fridayClose);
        assertThat(look.text()).isEqualTo("残り 1.5時間");
        assertThat(look.kinds()).isEqualTo("badge-sla-risk");
    }
}
