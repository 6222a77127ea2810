package jp.tsunagu.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.notification.CalendarEntries;
import jp.tsunagu.notification.CalendarEntry;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.Person;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's task due times for their calendar feed: the tasks they hold, and the unclaimed tasks of their side on
 * the deals they own (a director's, an intermediary owner's). Each shows as the half hour before it is due.
 */
@Component
class TaskCalendarEntries implements CalendarEntries {

    private final TaskService engineTasks;
    private final RuntimeService runtime;
    private final DealService deals;

    TaskCalendarEntries(TaskService engineTasks, RuntimeService runtime, DealService deals) {
        this.engineTasks = engineTasks;
        this.runtime = runtime;
        this.deals = deals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(Person person, Instant from, Locale locale) {
        List<Task> tasks = new ArrayList<>(engineTasks
                .createTaskQuery()
                .taskAssignee(person.username())
                .dueAfter(Date.from(from))
                .listPage(0, 500));
        boolean director = AppRoles.DIRECTOR.equals(person.role());
        boolean intermediary = AppRoles.INTERMEDIARY.equals(person.role());
        if (director || intermediary) {
            tasks.addAll(engineTasks
                    .createTaskQuery()
                    .taskCandidateGroup(person.role())
                    .taskUnassigned()
                    .dueAfter(Date.from(from))
                    .listPage(0, 2000));
        }
        Set<String> instances = new HashSet<>();
        tasks.forEach(t -> instances.add(t.getProcessInstanceId()));
        Map<String, Long> dealOf = new HashMap<>();
        if (!instances.isEmpty()) {
            for (ProcessInstance p : runtime.createProcessInstanceQuery()
                    .processInstanceIds(instances)
                    .list()) {
                try {
                    dealOf.put(p.getId(), Long.parseLong(p.getBusinessKey()));
                } catch (NumberFormatException e) {
                    // not a deal's process
                }
            }
        }
        Map<Long, String> owners = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        List<CalendarEntry> entries = new ArrayList<>();
        for (Task t : tasks) {
            Long dealId = dealOf.get(t.getProcessInstanceId());
            if (dealId == null || t.getDueDate() == null) {
                continue;
            }
            if (!person.username().equals(t.getAssignee())) {
                String owner = owners.computeIfAbsent(
                        dealId, id -> director ? deals.directorOf(id) : deals.intermediaryOf(id));
                if (!person.username().equals(owner)) {
                    continue;
                }
            }
            String stage = PipelineTask.byTaskKey(t.getTaskDefinitionKey())
                    .map(p -> TsunaguI18NProvider.translate(
                            p.isEscalation()
                                    ? "feed.escalation"
                                    : "stage." + p.stage().name(),
                            locale))
                    .orElse(t.getName());
            String title = titles.computeIfAbsent(dealId, deals::titleOf);
            Instant due = t.getDueDate().toInstant();
            entries.add(CalendarEntry.at(
                    "task-" + t.getId(),
                    TsunaguI18NProvider.translate("feed.task", locale, stage, title),
                    null,
                    due.minus(Duration.ofMinutes(30)),
                    due,
                    "/tasks/" + t.getId()));
        }
        return entries;
    }
}
