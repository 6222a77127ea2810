package jp.tsunagu.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealSummary;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.Person;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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

    private final TaskService engineTasks;
    private final DealService deals;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TaskAccess access;
    private final InboxQuery queries;
    private final InboxRows rows;
    private final TaskCompletion completions;

    TaskInboxService(
            TaskService engineTasks,
            DealService deals,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock,
            TaskAccess access,
            InboxQuery queries,
            InboxRows rows,
            TaskCompletion completions) {
        this.engineTasks = engineTasks;
        this.deals = deals;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.access = access;
        this.queries = queries;
        this.rows = rows;
        this.completions = completions;
    }

    @Transactional(readOnly = true)
    public List<InboxTask> page(InboxFilter filter, int offset, int limit, InboxSort sort, boolean ascending) {
        Optional<TaskQuery> query = queries.query(filter);
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
        return rows.of(tasks);
    }

    /**
     * How many tasks the inbox holds, up to {@link #COUNT_CAP}: a tab shows "1,000+" rather than make the
     * database count a million rows.
     */
    @Transactional(readOnly = true)
    public int count(InboxFilter filter) {
        return queries.count(filter);
    }

    /** The task with its deal, if the current user may see it (it is theirs or their group's). */
    @Transactional(readOnly = true)
    public Optional<OpenTask> open(String taskId) {
        Task task = access.task(taskId);
        if (task == null) {
            return Optional.empty();
        }
        // A supervisor may look at any task (to hand it to someone else) but works only their own.
        boolean workable = access.visible(task);
        if (!workable && !currentUser.hasRole(AppRoles.SUPERVISOR)) {
            return Optional.empty();
        }
        PipelineTask pipelineTask =
                PipelineTask.byTaskKey(task.getTaskDefinitionKey()).orElse(null);
        if (pipelineTask == null) {
            return Optional.empty();
        }
        DealDetails deal = deals.details(access.dealIdOf(task)).orElseThrow();
        boolean mine = access.holders().contains(task.getAssignee());
        return Optional.of(new OpenTask(
                task.getId(),
                pipelineTask,
                access.stageOf(task, pipelineTask),
                deal,
                task.getAssignee(),
                users.displayName(task.getAssignee()),
                TaskAccess.instant(task.getCreateTime()),
                TaskAccess.instant(task.getDueDate()),
                workable && task.getAssignee() == null,
                workable && (mine || task.getAssignee() == null),
                TaskAccess.instant(task.getFollowUpDate())));
    }

    /** The open tasks of one deal that the current user may see (for the deal page). */
    @Transactional(readOnly = true)
    public List<InboxTask> openTasksOf(long dealId) {
        // A native query: the engine's task query builds its SQL from hundreds of conditions on every call, which
        // cost a quarter of the server's time in the pipeline benchmark; the lookups below do the same.
        var query = engineTasks.createNativeTaskQuery();
        query.sql("select RES.* from ACT_RU_TASK RES "
                        + "join ACT_RU_EXECUTION E on E.ID_ = RES.PROC_INST_ID_ join ACT_RE_PROCDEF D on D.ID_ = RES.PROC_DEF_ID_ "
                        + "where E.BUSINESS_KEY_ = #{dealId} and D.KEY_ in ("
                        + TaskAccess.in(query, "key", List.of(TaskAccess.PROCESS_KEYS))
                        + ") order by RES.CREATE_TIME_, RES.ID_")
                .parameter("dealId", String.valueOf(dealId));
        List<String> holders = access.holders();
        return rows.of(
                query.list().stream().filter(t -> access.visible(t, holders)).toList());
    }

    @Transactional
    public void claim(String taskId) {
        Task task = access.visibleTask(taskId);
        String me = currentUser.username();
        if (access.holders().contains(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw UserFacingException.conflict("task.claimedByOther", users.displayName(task.getAssignee()));
        }
        access.engine(() -> engineTasks.claim(taskId, me));
    }

    @Transactional
    public void unclaim(String taskId) {
        Task task = access.visibleTask(taskId);
        if (!access.holders().contains(task.getAssignee())) {
            throw new UserFacingException("task.notYours");
        }
        access.engine(() -> engineTasks.setAssignee(taskId, null));
    }

    /**
     * A supervisor hands a task to someone who may do it (the task is offered to their role). The SLA clock runs
     * on; the hand-off records the new holder.
     */
    @Transactional
    @RolesAllowed(AppRoles.SUPERVISOR)
    public void reassign(String taskId, String assignee) {
        Task task = access.task(taskId);
        if (task == null) {
            throw UserFacingException.notFound("task.gone");
        }
        String role =
                users.person(assignee).filter(Person::enabled).map(Person::role).orElse(null);
        if (role == null) {
            throw UserFacingException.onField("assignee", "task.reassign.unknown");
        }
        if (!access.candidateGroups(taskId).contains(role)) {
            throw UserFacingException.onField("assignee", "task.reassign.wrongRole", users.displayName(assignee));
        }
        if (assignee.equals(task.getAssignee())) {
            return;
        }
        access.engine(() -> engineTasks.setAssignee(taskId, assignee));
    }

    /**
     * The follow-up date (次に見る日): until that day the task stays out of the default view; its due date and SLA
     * clock are untouched. {@code null} clears it.
     */
    @Transactional
    public void followUp(String taskId, LocalDate on) {
        Task task = access.visibleTask(taskId);
        if (task.getAssignee() != null && !access.holders().contains(task.getAssignee())) {
            throw UserFacingException.conflict("task.claimedByOther", users.displayName(task.getAssignee()));
        }
        if (on != null && !on.isAfter(LocalDate.now(clock.withZone(ZONE)))) {
            throw UserFacingException.onField("followUp", "task.followUp.future");
        }
        if (on != null && on.isAfter(LocalDate.now(clock.withZone(ZONE)).plusDays(FOLLOW_UP_MAX_DAYS))) {
            throw UserFacingException.onField("followUp", "task.followUp.tooFar", FOLLOW_UP_MAX_DAYS);
        }
        task.setFollowUpDate(on == null ? null : Date.from(on.atStartOfDay(ZONE).toInstant()));
        access.engine(() -> engineTasks.saveTask(task));
    }

    /** The deal title of each task still open, read in one go (a bulk action names each task's deal). */
    @Transactional(readOnly = true)
    public Map<String, String> titlesOf(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        var query = engineTasks.createNativeTaskQuery();
        query.sql("select * from ACT_RU_TASK where ID_ in (" + TaskAccess.in(query, "id", List.copyOf(taskIds)) + ")");
        List<Task> tasks = query.list();
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> dealIds =
                access.dealIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<Long, DealSummary> summaries = deals.summaries(new HashSet<>(dealIds.values()));
        Map<String, String> titles = new HashMap<>();
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

    @Transactional
    public void complete(String taskId, Completion completion) {
        completions.complete(taskId, completion);
    }
}
