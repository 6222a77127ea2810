package jp.tsunagu.assignment;

import jp.tsunagu.pipeline.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline of an offer passed (bpmn/facility-offers.bpmn): record it and tell the sender. */
@Component("offerExpiredDelegate")
class OfferExpiredDelegate implements JavaDelegate {

    private final OfferLifecycle offers;

    OfferExpiredDelegate(OfferLifecycle offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        offers.expire(
                Long.parseLong(execution.getProcessBusinessKey()),
                Long.parseLong(
                        execution.getVariable(ProcessVariables.FACILITY_ID).toString()));
    }
}
