package jp.tsunagu.pipeline;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.Deal;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealSummary;
import jp.tsunagu.deal.StageResult;
import jp.tsunagu.security.AbsenceService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inboxes: the engine's task query is the source of truth for who may see, claim and complete
 * what (candidate groups are the users' roles, the assignee is the user). Pages go straight to the
 * engine's paged query, so an inbox never loads more than one page of tasks.
 */
@Service
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
public class TaskInboxService {

    /** A text filter narrows to at most this many matching deals; more is a sign to type more. */
    static final int TEXT_FILTER_MAX_DEALS = 500;
    /** A follow-up further ahead than this is more likely a typo in the year. */
    static final int FOLLOW_UP_MAX_DAYS = 366;

    private static final ZoneId ZONE = Application.TOKYO;
    /** Counts stop here. */
    public static final int COUNT_CAP = InboxCounter.CAP;
    /** The processes whose tasks land in inboxes: the deal pipeline and SLA escalations. */
    private static final String[] PROCESS_KEYS = {PipelineTask.PROCESS_KEY, Escalations.PROCESS_KEY, Offers.PROCESS_KEY
    };

    private final TaskService engineTasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final DealService deals;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Optional<StageClock> stageClock;
    private final InboxCounter counter;
    /** Looked up when used: a guard may itself complete tasks through this service. */
    private final ObjectProvider<CompletionGuard> guards;

    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    /** Looked up when used: a feature's remarks may themselves depend on this service. */
    private final ObjectProvider<TaskRemarks> remarks;

    private final AbsenceService absences;
    private final jp.tsunagu.audit.AuditLog audit;

    TaskInboxService(
            TaskService engineTasks,
            RuntimeService runtime,
            IdentityService identity,
            DealService deals,
            UserDirectory users,
            CurrentUser currentUser,
            Optional<StageClock> stageClock,
            InboxCounter counter,
            ObjectProvider<CompletionGuard> guards,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            ObjectProvider<TaskRemarks> remarks,
            AbsenceService absences,
            jp.tsunagu.audit.AuditLog audit) {
        this.audit = audit;
        this.absences = absences;
        this.events = events;
        this.remarks = remarks;
        this.engineTasks = engineTasks;
        this.runtime = runtime;
        this.identity = identity;
        this.deals = deals;
        this.users = users;
        this.currentUser = currentUser;
        this.stageClock = stageClock;
        this.counter = counter;
        this.guards = guards;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InboxTask> page(InboxFilter filter, int offset, int limit, InboxSort sort, boolean ascending) {
        Optional<TaskQuery> query = query(filter);
        if (query.isEmpty()) {
            return List.of();
        }
        TaskQuery q = query.get();
        if (sort == InboxSort.DUE) {
            q.orderByDueDate();
        } else {
            q.orderByTaskCreateTime();
        }
        if (ascending) {
            q.asc();
        } else {
            q.desc();
        }
        q.orderByTaskId().asc();
        List<Task> tasks = q.listPage(offset, limit);
        return rows(tasks);
    }

    /**
     * How many tasks the inbox holds, up to {@link #COUNT_CAP}: a tab shows "1,000+" rather than make the
     * database count a million rows.
     */
    @Transactional(readOnly = true)
    public int count(InboxFilter filter) {
        List<String> keys = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            List<Long> ids = deals.idsMatching(filter.text(), TEXT_FILTER_MAX_DEALS);
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
                filter.scope() == InboxScope.MINE ? holders() : null,
                filter.scope() == InboxScope.GROUP ? groups : null,
                filter.stage() == null ? null : PipelineTask.of(filter.stage()).taskKey(),
                due[0],
                due[1],
                filter.includeLater() ? null : now,
                keys));
    }

    /** The due-date window of a filter as (after, before), either null: overdue, due today, or both. */
    private Instant[] dueWindow(InboxFilter filter, Instant now) {
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

    /** Whose assigned tasks are in my inbox: mine, and those of anyone I stand in for today. */
    private List<String> holders() {
        List<String> holders = new ArrayList<>();
        holders.add(currentUser.username());
        holders.addAll(absences.coveredBy(currentUser.username()));
        return holders;
    }

    private static String processKeyOf(Task task) {
        String definition = task.getProcessDefinitionId();
        return definition == null ? "" : definition.split(":", 2)[0];
    }

    /** The task with its deal, if the current user may see it (it is theirs or their group's). */
    @Transactional(readOnly = true)
    public Optional<OpenTask> open(String taskId) {
        Task task = task(taskId);
        if (task == null) {
            return Optional.empty();
        }
        // A supervisor may look at any task (to hand it to someone else) but works only their own.
        boolean workable = visible(task);
        if (!workable && !currentUser.hasRole(AppRoles.SUPERVISOR)) {
            return Optional.empty();
        }
        PipelineTask pipelineTask =
                PipelineTask.byTaskKey(task.getTaskDefinitionKey()).orElse(null);
        if (pipelineTask == null) {
            return Optional.empty();
        }
        DealDetails deal = deals.details(dealIdOf(task)).orElseThrow();
        boolean mine = holders().contains(task.getAssignee());
        return Optional.of(new OpenTask(
                task.getId(),
                pipelineTask,
                stageOf(task, pipelineTask),
                deal,
                task.getAssignee(),
                users.displayName(task.getAssignee()),
                instant(task.getCreateTime()),
                instant(task.getDueDate()),
                workable && task.getAssignee() == null,
                workable && (mine || task.getAssignee() == null),
                instant(task.getFollowUpDate())));
    }

    /** The open tasks of one deal that the current user may see (for the deal page). */
    @Transactional(readOnly = true)
    public List<InboxTask> openTasksOf(long dealId) {
        // A native query: the engine's task query builds its SQL from hundreds of conditions on every call, which
        // cost a quarter of the server's time in the pipeline benchmark; the lookups below do the same.
        var query = engineTasks.createNativeTaskQuery();
        query.sql("select RES.* from ACT_RU_TASK RES "
                        + "join ACT_RU_EXECUTION E on E.ID_ = RES.PROC_INST_ID_ join ACT_RE_PROCDEF D on D.ID_ = RES.PROC_DEF_ID_ "
                        + "where E.BUSINESS_KEY_ = #{dealId} and D.KEY_ in (" + in(query, "key", List.of(PROCESS_KEYS))
                        + ") order by RES.CREATE_TIME_, RES.ID_")
                .parameter("dealId", String.valueOf(dealId));
        List<String> holders = holders();
        return rows(query.list().stream().filter(t -> visible(t, holders)).toList());
    }

    @Transactional
    public void claim(String taskId) {
        Task task = visibleTask(taskId);
        String me = currentUser.username();
        if (holders().contains(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw UserFacingException.conflict("task.claimedByOther", users.displayName(task.getAssignee()));
        }
        engine(() -> engineTasks.claim(taskId, me));
    }

    @Transactional
    public void unclaim(String taskId) {
        Task task = visibleTask(taskId);
        if (!holders().contains(task.getAssignee())) {
            throw new UserFacingException("task.notYours");
        }
        engine(() -> engineTasks.setAssignee(taskId, null));
    }

    /**
     * A supervisor hands a task to someone who may do it (the task is offered to their role). The SLA clock runs
     * on; the hand-off records the new holder.
     */
    @Transactional
    @RolesAllowed(AppRoles.SUPERVISOR)
    public void reassign(String taskId, String assignee) {
        Task task = task(taskId);
        if (task == null) {
            throw UserFacingException.notFound("task.gone");
        }
        String role = users.person(assignee)
                .filter(jp.tsunagu.security.Person::enabled)
                .map(jp.tsunagu.security.Person::role)
                .orElse(null);
        if (role == null) {
            throw UserFacingException.onField("assignee", "task.reassign.unknown");
        }
        if (!candidateGroups(taskId).contains(role)) {
            throw UserFacingException.onField("assignee", "task.reassign.wrongRole", users.displayName(assignee));
        }
        if (assignee.equals(task.getAssignee())) {
            return;
        }
        engine(() -> engineTasks.setAssignee(taskId, assignee));
    }

    /**
     * The follow-up date (次に見る日): until that day the task stays out of the default view; its due date and SLA
     * clock are untouched. {@code null} clears it.
     */
    @Transactional
    public void followUp(String taskId, LocalDate on) {
        Task task = visibleTask(taskId);
        if (task.getAssignee() != null && !holders().contains(task.getAssignee())) {
            throw UserFacingException.conflict("task.claimedByOther", users.displayName(task.getAssignee()));
        }
        if (on != null && !on.isAfter(LocalDate.now(clock.withZone(ZONE)))) {
            throw UserFacingException.onField("followUp", "task.followUp.future");
        }
        if (on != null && on.isAfter(LocalDate.now(clock.withZone(ZONE)).plusDays(FOLLOW_UP_MAX_DAYS))) {
            throw UserFacingException.onField("followUp", "task.followUp.tooFar", FOLLOW_UP_MAX_DAYS);
        }
        task.setFollowUpDate(on == null ? null : Date.from(on.atStartOfDay(ZONE).toInstant()));
        engine(() -> engineTasks.saveTask(task));
    }

    /** The deal title of each task still open, read in one go (a bulk action names each task's deal). */
    @Transactional(readOnly = true)
    public Map<String, String> titlesOf(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        var query = engineTasks.createNativeTaskQuery();
        query.sql("select * from ACT_RU_TASK where ID_ in (" + in(query, "id", List.copyOf(taskIds)) + ")");
        List<Task> tasks = query.list();
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> dealIds =
                dealIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<Long, DealSummary> summaries = deals.summaries(new HashSet<>(dealIds.values()));
        Map<String, String> titles = new java.util.HashMap<>();
        for (Task t : tasks) {
            DealSummary deal = summaries.get(dealIds.get(t.getProcessInstanceId()));
            if (deal != null) {
                titles.put(t.getId(), deal.title());
            }
        }
        return titles;
    }

    /**
     * The task to open after one is completed: the first of the same view, or none. Read after the completion
     * committed, so the completed task is not among them.
     */
    @Transactional(readOnly = true)
    public Optional<String> next(InboxFilter filter, String completedTaskId) {
        return page(filter, 0, 2, InboxSort.DUE, true).stream()
                .map(InboxTask::taskId)
                .filter(id -> !id.equals(completedTaskId))
                .findFirst();
    }

    private List<String> candidateGroups(String taskId) {
        return engineTasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                .toList();
    }

    /**
     * Completes a task with the person's decision. Everything (the decision on the deal, the hand-off
     * record, the engine's move to the next task) commits in one transaction or not at all.
     */
    @Transactional
    public void complete(String taskId, Completion completion) {
        Task task = visibleTask(taskId);
        String me = currentUser.username();
        if (task.getAssignee() != null && !holders().contains(task.getAssignee())) {
            throw UserFacingException.conflict("task.claimedByOther", users.displayName(task.getAssignee()));
        }
        PipelineTask pipelineTask = PipelineTask.byTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> UserFacingException.notFound("task.gone"));
        validate(pipelineTask, completion);
        if (pipelineTask.isEscalation()) {
            // What the supervisor did changes nothing on the deal itself; it stays in the deal's record.
            long dealId = dealIdOf(task);
            completeInEngine(task, me, completion.outcome(), null);
            audit.record(
                    jp.tsunagu.audit.AuditKind.DEAL,
                    dealId,
                    dealId,
                    "escalation",
                    completion.outcome().name() + "：" + completion.lostNote().strip());
            return;
        }

        StageResult result =
                switch (completion.outcome()) {
                    case LOST -> StageResult.lost(completion.lostReason(), blankToNull(completion.lostNote()));
                    case NURTURE -> StageResult.nurture(completion.nextContactOn());
                    default -> StageResult.none();
                };
        long dealId = dealIdOf(task);
        guards.orderedStream().forEach(g -> g.check(dealId, taskId, pipelineTask, completion.outcome()));
        deals.recordResult(
                dealId,
                completion.dealVersion(),
                result,
                me,
                pipelineTask.stage().party());
        completeInEngine(
                task,
                me,
                completion.outcome(),
                completion.outcome().needsNextContact() ? NurtureTimer.at(completion.nextContactOn()) : null);
        events.publishEvent(new TaskCompleted(dealId, taskId, pipelineTask, completion.outcome(), me));
    }

    private void completeInEngine(Task task, String me, Outcome outcome, Date nextContactAt) {
        engine(() -> {
            if (task.getAssignee() == null) {
                engineTasks.claim(task.getId(), me);
            }
            identity.setAuthenticatedUserId(me);
            try {
                var variables = Variables.createVariables().putValue(DealPipeline.OUTCOME, outcome.name());
                if (nextContactAt != null) {
                    variables.putValue(NurtureTimer.NEXT_CONTACT_AT, nextContactAt);
                }
                engineTasks.complete(task.getId(), variables);
            } finally {
                identity.clearAuthentication();
            }
        });
    }

    private DealStage stageOf(Task task, PipelineTask pipelineTask) {
        if (!pipelineTask.isEscalation()) {
            return pipelineTask.stage();
        }
        Object breached = runtime.getVariable(task.getProcessInstanceId(), Escalations.BREACHED_STAGE);
        return breached == null ? null : DealStage.valueOf(breached.toString());
    }

    private void validate(PipelineTask task, Completion c) {
        if (c.outcome() == null) {
            throw new UserFacingException("task.outcome.required");
        }
        if (!task.outcomes().contains(c.outcome())) {
            throw new UserFacingException("task.outcome.invalid");
        }
        if (c.outcome().needsLostReason()) {
            if (c.lostReason() == null) {
                throw new UserFacingException("task.lostReason.required");
            }
            if (c.lostNote() != null && c.lostNote().length() > Deal.LOST_NOTE_MAX) {
                throw new UserFacingException("task.lostNote.size", Deal.LOST_NOTE_MAX);
            }
        }
        if (c.outcome().needsNote()) {
            if (c.lostNote() == null || c.lostNote().isBlank()) {
                throw UserFacingException.onField("note", "task.escalationNote.required");
            }
            if (c.lostNote().length() > Deal.LOST_NOTE_MAX) {
                throw UserFacingException.onField("note", "task.lostNote.size", Deal.LOST_NOTE_MAX);
            }
        }
        if (c.outcome().needsNextContact()) {
            if (c.nextContactOn() == null) {
                throw new UserFacingException("task.nextContact.required");
            }
            if (!c.nextContactOn().isAfter(LocalDate.now(clock))) {
                throw new UserFacingException("task.nextContact.future");
            }
        }
    }

    /** Runs an engine call, turning the engine's refusals into messages a person can act on. */
    private void engine(Runnable call) {
        try {
            call.run();
        } catch (TaskAlreadyClaimedException e) {
            throw UserFacingException.conflict("task.claimedByOther", users.displayName(e.getTaskAssignee()));
        } catch (OptimisticLockingException e) {
            throw new UserFacingException("task.concurrent");
        } catch (ProcessEngineException e) {
            throw UserFacingException.notFound("task.gone");
        }
    }

    private Optional<TaskQuery> query(InboxFilter filter) {
        TaskQuery q = engineTasks.createTaskQuery().processDefinitionKeyIn(PROCESS_KEYS);
        if (filter.scope() == InboxScope.MINE) {
            q.taskAssigneeIn(holders().toArray(String[]::new));
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
            List<Long> ids = deals.idsMatching(filter.text(), TEXT_FILTER_MAX_DEALS);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            q.processInstanceBusinessKeyIn(ids.stream().map(String::valueOf).toArray(String[]::new));
        }
        return Optional.of(q);
    }

    private List<InboxTask> rows(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> dealIds = dealIds(instanceIds);
        Map<Long, DealSummary> summaries = deals.summaries(new HashSet<>(dealIds.values()));
        List<String> taskIds = tasks.stream().map(Task::getId).toList();
        // An escalation has no clock of its own: it shows the breached hand-off's, so the supervisor sees how far over
        // it is now.
        Map<String, String> breachedTaskOf = new java.util.HashMap<>();
        tasks.stream()
                .filter(t -> Escalations.PROCESS_KEY.equals(processKeyOf(t)))
                .forEach(t -> {
                    Object breached = runtime.getVariable(t.getProcessInstanceId(), Escalations.BREACHED_TASK);
                    if (breached != null) {
                        breachedTaskOf.put(t.getId(), breached.toString());
                    }
                });
        List<String> clockTaskIds = new ArrayList<>(taskIds);
        clockTaskIds.addAll(breachedTaskOf.values());
        Map<String, SlaStatus> clocks =
                stageClock.map(c -> c.statusOf(clockTaskIds)).orElse(Map.of());
        Map<String, SlaStatus> sla = new java.util.HashMap<>(clocks);
        breachedTaskOf.forEach((escalation, breached) -> {
            if (clocks.containsKey(breached)) {
                sla.put(escalation, clocks.get(breached));
            }
        });
        Map<String, String> names = users.displayNames(tasks.stream()
                .map(Task::getAssignee)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, List<TaskRemarks.Remark>> notes = new java.util.HashMap<>();
        remarks.orderedStream().forEach(r -> r.of(taskIds)
                .forEach((id, list) -> notes.computeIfAbsent(id, k -> new java.util.ArrayList<>())
                        .addAll(list)));
        return tasks.stream()
                .map(t -> {
                    long dealId = dealIds.get(t.getProcessInstanceId());
                    DealSummary deal = summaries.get(dealId);
                    PipelineTask pt =
                            PipelineTask.byTaskKey(t.getTaskDefinitionKey()).orElseThrow();
                    return new InboxTask(
                            t.getId(),
                            pt,
                            stageOf(t, pt),
                            dealId,
                            deal.title(),
                            deal.customerName(),
                            deal.category(),
                            instant(t.getCreateTime()),
                            instant(t.getDueDate()),
                            t.getAssignee(),
                            sla.get(t.getId()),
                            notes.getOrDefault(t.getId(), List.of()),
                            instant(t.getFollowUpDate()),
                            t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()));
                })
                .toList();
    }

    private Task visibleTask(String taskId) {
        Task task = task(taskId);
        if (task == null) {
            throw UserFacingException.notFound("task.gone");
        }
        if (!visible(task)) {
            // Someone may have completed it a moment ago (on this node or another): say so rather than "not yours".
            boolean gone = task(taskId) == null;
            throw gone ? UserFacingException.notFound("task.gone") : new UserFacingException("task.notYours");
        }
        return task;
    }

    /** Mine, or offered to one of my groups; read now, so a task completed meanwhile is simply not visible. */
    private boolean visible(Task task) {
        return visible(task, holders());
    }

    /** The same, with whose tasks the user holds read once by the caller (a deal page asks for several tasks). */
    private boolean visible(Task task, List<String> holders) {
        if (task.getAssignee() != null && holders.contains(task.getAssignee())) {
            return true;
        }

        List<String> roles = currentUser.roles();
        if (roles.isEmpty()) {
            return false;
        }
        // A native count runs its SQL as it is; a completed task's links are gone with it.
        var query = engineTasks.createNativeTaskQuery();
        query.sql("select count(*) from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = #{id} and I.TYPE_ = 'candidate' "
                        + "and I.GROUP_ID_ in (" + in(query, "group", roles) + ")")
                .parameter("id", task.getId());
        return query.count() > 0;
    }

    /** The open task, or null. */
    private Task task(String taskId) {
        return engineTasks
                .createNativeTaskQuery()
                .sql("select * from ACT_RU_TASK where ID_ = #{id}")
                .parameter("id", taskId)
                .singleResult();
    }

    private long dealIdOf(Task task) {
        Long dealId = dealIds(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
        if (dealId == null) {
            throw UserFacingException.notFound("task.gone");
        }
        return dealId;
    }

    /** The deal of each process instance (its business key). */
    private Map<String, Long> dealIds(Set<String> processInstanceIds) {
        var query = runtime.createNativeProcessInstanceQuery();
        query.sql("select * from ACT_RU_EXECUTION where ID_ in (" + in(query, "id", List.copyOf(processInstanceIds))
                + ")");
        return query.list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> Long.parseLong(p.getBusinessKey())));
    }

    /** An IN list for a native query: the values bound as name0, name1, … and their placeholders returned. */
    private static String in(org.camunda.bpm.engine.query.NativeQuery<?, ?> query, String name, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.parameter(name + i, values.get(i));
        }
        return java.util.stream.IntStream.range(0, values.size())
                .mapToObj(i -> "#{" + name + i + "}")
                .collect(Collectors.joining(", "));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
