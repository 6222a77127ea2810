package jp.tsunagu.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service task of {@code bpmn/sla-monitor.bpmn}: runs the sweep. */
@Component("slaSweep")
class SlaSweepDelegate implements JavaDelegate {

    private final SlaClocks clocks;

    SlaSweepDelegate(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clocks.sweep();
    }
}
