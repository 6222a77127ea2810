package jp.tsunagu.pipeline;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and ends the offer process ({@code bpmn/facility-offers.bpmn}): one sub-process instance per
 * facility, each a task for that facility's group with an answer deadline.
 */
@Service
public class Offers {

    public static final String PROCESS_KEY = "facility-offers";

    private final RuntimeService runtime;
    private final TaskService engineTasks;

    Offers(RuntimeService runtime, TaskService engineTasks) {
        this.runtime = runtime;
        this.engineTasks = engineTasks;
    }

    @Transactional
    public void send(
            long dealId, WorkCategory category, List<Long> facilityIds, Instant answerDeadline, String sentBy) {
        runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                String.valueOf(dealId),
                Variables.createVariables()
                        .putValue(ProcessVariables.WORK_CATEGORY, category.name())
                        .putValue(
                                ProcessVariables.FACILITY_IDS,
                                facilityIds.stream().map(String::valueOf).toList())
                        .putValue(ProcessVariables.ANSWER_DEADLINE, Date.from(answerDeadline))
                        .putValue(ProcessVariables.SENT_BY, sentBy));
    }

    /** The open task in which a facility answers its offer for a deal, if any. */
    @Transactional(readOnly = true)
    public Optional<String> openTask(long dealId, long facilityId) {
        Task task = engineTasks
                .createTaskQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(dealId))
                .taskCandidateGroup(AppRoles.facilityGroup(facilityId))
                .singleResult();
        return Optional.ofNullable(task).map(Task::getId);
    }

    /**
     * Ends every offer still open for a deal: its facilities were chosen, or the deal ended. Their tasks are deleted,
     * which stops their clocks as cancelled.
     */
    @Transactional
    public void withdrawAll(long dealId) {
        for (ProcessInstance p : runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(dealId))
                .list()) {
            runtime.deleteProcessInstance(p.getId(), "offers withdrawn");
        }
    }
}
