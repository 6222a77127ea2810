package jp.tsunagu.pipeline;

import jp.tsunagu.deal.DealCreatedEvent;
import jp.tsunagu.deal.DealProgress;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Starts a deal's process when the deal is created, and provides the BPMN's service-task delegates.
 * Delegates are thin: read the deal id (the business key), call the deal service.
 */
@Configuration(proxyBeanMethods = false)
class DealPipeline {

    /** The process variable the gateways route on. */
    /** The deal's work category, for category-specific SLAs and routing. */
    private final RuntimeService runtime;

    DealPipeline(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    public void onDealCreated(DealCreatedEvent event) {
        runtime.startProcessInstanceByKey(
                PipelineTask.PROCESS_KEY,
                String.valueOf(event.dealId()),
                Variables.createVariables()
                        .putValue(
                                ProcessVariables.WORK_CATEGORY, event.category().name()));
    }

    @Bean
    JavaDelegate markDealLostDelegate(DealProgress deals) {
        return execution -> deals.markLost(dealId(execution));
    }

    @Bean
    JavaDelegate closeDealDelegate(DealProgress deals) {
        return execution -> deals.markCompleted(dealId(execution));
    }

    static long dealId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }
}
