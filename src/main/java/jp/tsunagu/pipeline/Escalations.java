package jp.tsunagu.pipeline;

import jp.tsunagu.deal.DealStage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an escalation task for supervisors ({@code bpmn/sla-escalation.bpmn}): a hand-off went over its
 * SLA. It shows in the supervisors' inbox with the deal and the stage that breached.
 */
@Service
public class Escalations {

    public static final String PROCESS_KEY = "sla-escalation";

    private final RuntimeService runtime;

    Escalations(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Transactional
    public void open(long dealId, DealStage stage, String breachedTaskId) {
        runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                String.valueOf(dealId),
                Variables.createVariables()
                        .putValue(ProcessVariables.BREACHED_STAGE, stage.name())
                        .putValue(ProcessVariables.BREACHED_TASK, breachedTaskId));
    }
}
