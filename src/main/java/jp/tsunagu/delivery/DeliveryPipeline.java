package jp.tsunagu.delivery;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import jp.tsunagu.Application;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.ProcessVariables;
import jp.tsunagu.sla.CalendarService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What {@code bpmn/deal-pipeline.bpmn} asks of the delivery feature: open a cycle's batches (the variable
 * {@code batchIds} the multi-instance runs over), close it (is there a next month, and when), and each batch's
 * due date ({@code deliveryBatches.dueAt(batchId)}) so the delivery task's SLA counts to it.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryPipeline {

    private static final ZoneId ZONE = Application.TOKYO;
    /** A new monthly cycle opens at 09:00 on the first of its month. */
    private static final LocalTime CYCLE_OPENS = LocalTime.of(9, 0);

    @Bean
    JavaDelegate openDeliveryCycleDelegate(DeliveryCycles deliveries) {
        return execution -> execution.setVariable(
                ProcessVariables.BATCH_IDS, deliveries.openCycle(Long.parseLong(execution.getProcessBusinessKey())));
    }

    @Bean
    JavaDelegate closeDeliveryCycleDelegate(DeliveryCycles deliveries) {
        return execution -> {
            var next = deliveries.nextCycleMonth(Long.parseLong(execution.getProcessBusinessKey()));
            execution.setVariable(ProcessVariables.MORE_CYCLES, next.isPresent());
            execution.setVariable(
                    ProcessVariables.NEXT_CYCLE_AT,
                    next.map(m -> Date.from(m.atTime(CYCLE_OPENS).atZone(ZONE).toInstant()))
                            .orElse(null));
        };
    }

    /** The BPMN's {@code deliveryBatches}: a batch is due at the close of the intermediary's day on its due date. */
    @Bean
    BatchDueDates deliveryBatches(DeliveryCycles deliveries, CalendarService calendars) {
        return new BatchDueDates(deliveries, calendars);
    }

    /** Remembers on the batch which task it is at, from the engine's own task events. */
    @Component
    static class BatchTaskListener {
        private final DeliveryCycles deliveries;

        BatchTaskListener(DeliveryCycles deliveries) {
            this.deliveries = deliveries;
        }

        @EventListener
        public void onTaskEvent(DelegateTask task) {
            if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                return;
            }
            boolean batchTask = PipelineTask.byTaskKey(task.getTaskDefinitionKey())
                    .map(PipelineTask::isBatchTask)
                    .orElse(false);
            Object batchId = batchTask ? task.getVariable(ProcessVariables.BATCH_ID) : null;
            if (batchId != null) {
                deliveries.taskArrived(Long.parseLong(batchId.toString()), task.getId());
            }
        }
    }
}
