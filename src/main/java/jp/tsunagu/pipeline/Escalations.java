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
    static final String BREACHED_STAGE = "breachedStage";
    static final String BREACHED_TASK = "breachedTask";

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
                        .putValue(BREACHED_STAGE, stage.name())
                        .putValue(BREACHED_TASK, breachedTaskId));
    }
}
