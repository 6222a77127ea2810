package jp.tsunagu.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** An inbox's filter as the engine's task query, and its capped count. */
@Component
class InboxQuery {

    private static final ZoneId ZONE = Application.TOKYO;

    private final TaskService engineTasks;
    private final DealService deals;
    private final CurrentUser currentUser;
    private final InboxCounter counter;
    private final TaskAccess access;
    private final Clock clock;

    InboxQuery(
            TaskService engineTasks,
            DealService deals,
            CurrentUser currentUser,
            InboxCounter counter,
            TaskAccess access,
            Clock clock) {
        this.engineTasks = engineTasks;
        this.deals = deals;
        this.currentUser = currentUser;
        this.counter = counter;
        this.access = access;
        this.clock = clock;
    }

    Optional<TaskQuery> query(InboxFilter filter) {
        TaskQuery q = engineTasks.createTaskQuery().processDefinitionKeyIn(TaskAccess.PROCESS_KEYS);
        if (filter.scope() == InboxScope.MINE) {
            q.taskAssigneeIn(access.holders().toArray(String[]::new));
        } else if (filter.scope() == InboxScope.GROUP) {
            List<String> groups = currentUser.roles();
            if (groups.isEmpty()) {
                return Optional.empty();
            }
            q.taskCandidateGroupIn(groups).taskUnassigned();
        } else if (!currentUser.hasRole(AppRoles.SUPERVISOR)) {
            return Optional.empty();
        }
        if (filter.stage() != null) {
            q.taskDefinitionKey(PipelineTask.of(filter.stage()).taskKey());
        }
        Instant now = clock.instant();
        Instant[] due = dueWindow(filter, now);
        if (due[0] != null) {
            q.dueAfter(Date.from(due[0]));
        }
        if (due[1] != null) {
            q.dueBefore(Date.from(due[1]));
        }
        if (!filter.includeLater()) {
            q.followUpBeforeOrNotExistent(Date.from(now));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            List<Long> ids = deals.idsMatching(filter.text(), TaskInboxService.TEXT_FILTER_MAX_DEALS);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            q.processInstanceBusinessKeyIn(ids.stream().map(String::valueOf).toArray(String[]::new));
        }
        return Optional.of(q);
    }

    /**
     * How many tasks the inbox holds, up to {@link TaskInboxService#COUNT_CAP}: a tab shows "1,000+" rather than make the
     * database count a million rows.
     */
    int count(InboxFilter filter) {
        List<String> keys = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            List<Long> ids = deals.idsMatching(filter.text(), TaskInboxService.TEXT_FILTER_MAX_DEALS);
            if (ids.isEmpty()) {
                return 0;
            }
            keys = ids.stream().map(String::valueOf).toList();
        }
        List<String> groups = currentUser.roles();
        if (filter.scope() == InboxScope.GROUP && groups.isEmpty()
                || filter.scope() == InboxScope.ALL && !currentUser.hasRole(AppRoles.SUPERVISOR)) {
            return 0;
        }
        Instant now = clock.instant();
        Instant[] due = dueWindow(filter, now);
        return counter.count(new InboxCounter.Criteria(
                filter.scope() == InboxScope.MINE ? access.holders() : null,
                filter.scope() == InboxScope.GROUP ? groups : null,
                filter.stage() == null ? null : PipelineTask.of(filter.stage()).taskKey(),
                due[0],
                due[1],
                filter.includeLater() ? null : now,
                keys));
    }

    /** The due-date window of a filter as (after, before), either null: overdue, due today, or both. */
    Instant[] dueWindow(InboxFilter filter, Instant now) {
        Instant after = null;
        Instant before = null;
        if (filter.dueToday()) {
            LocalDate today = LocalDate.now(clock.withZone(ZONE));
            after = today.atStartOfDay(ZONE).toInstant().minusMillis(1);
            before = today.plusDays(1).atStartOfDay(ZONE).toInstant();
        }
        if (filter.overdueOnly()) {
            before = before == null || now.isBefore(before) ? now : before;
        }
        return new Instant[] {after, before};
    }
}
