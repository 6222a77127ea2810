package jp.tsunagu.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealSummary;
import jp.tsunagu.security.UserDirectory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Engine tasks as inbox rows: each with its deal, its SLA clock, its holder's name and the features' remarks. */
@Component
class InboxRows {

    private final RuntimeService runtime;
    private final DealService deals;
    private final UserDirectory users;
    private final Optional<StageClock> stageClock;
    /** Looked up when used: a feature's remarks may themselves depend on the inbox. */
    private final ObjectProvider<TaskRemarks> remarks;

    private final TaskAccess access;

    InboxRows(
            RuntimeService runtime,
            DealService deals,
            UserDirectory users,
            Optional<StageClock> stageClock,
            ObjectProvider<TaskRemarks> remarks,
            TaskAccess access) {
        this.runtime = runtime;
        this.deals = deals;
        this.users = users;
        this.stageClock = stageClock;
        this.remarks = remarks;
        this.access = access;
    }

    List<InboxTask> of(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> dealIds = access.dealIds(instanceIds);
        Map<Long, DealSummary> summaries = deals.summaries(new HashSet<>(dealIds.values()));
        List<String> taskIds = tasks.stream().map(Task::getId).toList();
        // An escalation has no clock of its own: it shows the breached hand-off's, so the supervisor sees how far over
        // it is now.
        Map<String, String> breachedTaskOf = new HashMap<>();
        tasks.stream()
                .filter(t -> Escalations.PROCESS_KEY.equals(TaskAccess.processKeyOf(t)))
                .forEach(t -> {
                    Object breached = runtime.getVariable(t.getProcessInstanceId(), ProcessVariables.BREACHED_TASK);
                    if (breached != null) {
                        breachedTaskOf.put(t.getId(), breached.toString());
                    }
                });
        List<String> clockTaskIds = new ArrayList<>(taskIds);
        clockTaskIds.addAll(breachedTaskOf.values());
        Map<String, SlaStatus> clocks =
                stageClock.map(c -> c.statusOf(clockTaskIds)).orElse(Map.of());
        Map<String, SlaStatus> sla = new HashMap<>(clocks);
        breachedTaskOf.forEach((escalation, breached) -> {
            if (clocks.containsKey(breached)) {
                sla.put(escalation, clocks.get(breached));
            }
        });
        Map<String, String> names = users.displayNames(
                tasks.stream().map(Task::getAssignee).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, List<TaskRemarks.Remark>> notes = new HashMap<>();
        remarks.orderedStream()
                .forEach(r -> r.of(taskIds).forEach((id, list) -> notes.computeIfAbsent(id, k -> new ArrayList<>())
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
                            access.stageOf(t, pt),
                            dealId,
                            deal.title(),
                            deal.customerName(),
                            deal.category(),
                            TaskAccess.instant(t.getCreateTime()),
                            TaskAccess.instant(t.getDueDate()),
                            t.getAssignee(),
                            sla.get(t.getId()),
                            notes.getOrDefault(t.getId(), List.of()),
                            TaskAccess.instant(t.getFollowUpDate()),
                            t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()));
                })
                .toList();
    }
}
