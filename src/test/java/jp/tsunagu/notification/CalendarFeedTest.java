package jp.tsunagu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A director's private calendar feed, fetched as a calendar program does (no login): valid iCalendar that ical4j reads
 * and validates, holding his tasks' due times and not another director's; renewing or stopping it ends the old URL.
 */
@TsunaguTest
class CalendarFeedTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    UserDirectory users;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    TaskInboxService inbox;

    @AfterEach
    void logout() {
        TestData.logout();
    }

    @Test
    void tanakas_feed_is_valid_icalendar_with_his_due_dates_and_only_his() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        String tanaka = TestData.unique("tanaka");
        String other = TestData.unique("sato");
        users.create(tanaka, "feed-pass-1", "田中 一郎", AppRoles.DIRECTOR);
        users.create(other, "feed-pass-1", "佐藤 次郎", AppRoles.DIRECTOR);
        TestData.actAs(tanaka, AppRoles.DIRECTOR);
        String mine = TestData.unique("田中さんの案件, 見積;確認");
        long dealId = data.deal(mine, WorkCategory.PC);
        InboxTask task = inbox.openTasksOf(dealId).get(0);
        inbox.claim(task.taskId());
        assertThat(task.dueAt()).as("the lead task has a due time").isNotNull();
        TestData.actAs(other, AppRoles.DIRECTOR);
        String theirs = TestData.unique("佐藤さんの案件");
        data.deal(theirs, WorkCategory.PC);

        TestData.actAs(tanaka, AppRoles.DIRECTOR);
        String url = feeds.issue();
        String path = url.substring(url.indexOf("/calendar/"));
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        String ics = response.getContentAsString(StandardCharsets.UTF_8);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getSummary().getValue()).contains(mine);
            Instant end = Instant.from(e.getDateTimeEnd().getDate());
            assertThat(end).isEqualTo(task.dueAt().truncatedTo(ChronoUnit.SECONDS));
            assertThat(e.getUrl().getValue()).endsWith("/tasks/" + task.taskId());
        });
        assertThat(ics).doesNotContain(theirs);
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));

        TestData.actAs(tanaka, AppRoles.DIRECTOR);
        String renewed = feeds.issue();
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                .as("the old URL ends")
                .isEqualTo(404);
        TestData.actAs(tanaka, AppRoles.DIRECTOR);
        feeds.revoke();
        assertThat(mvc.perform(get(renewed.substring(renewed.indexOf("/calendar/"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(Duration.between(task.createdAt(), task.dueAt())).isPositive();
    }
}
