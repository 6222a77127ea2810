package jp.tsunagu.pipeline;

import jp.tsunagu.TestData;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.LostReasonOption;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Completes a deal's current task as a given user, the way the task form does. */
@Component
class PipelineDriver {

    private final TaskInboxService inbox;
    private final DealService deals;
    private final TestData data;

    PipelineDriver(TaskInboxService inbox, DealService deals, TestData data) {
        this.inbox = inbox;
        this.deals = deals;
        this.data = data;
    }

    InboxTask currentTask(long dealId, String user, String role) {
        TestData.actAs(user, role);
        return inbox.openTasksOf(dealId).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no open task for deal " + dealId + " visible to " + user));
    }

    void complete(long dealId, Outcome outcome, String user, String role) {
        if (outcome == Outcome.ASSIGNED) {
            // Facilities are confirmed in the assignment workspace, which completes the task itself.
            data.assign(dealId, user);
            return;
        }
        InboxTask task = currentTask(dealId, user, role);
        long version = deals.details(dealId).orElseThrow().version();
        Completion completion = switch (outcome) {
            case LOST -> new Completion(outcome, LostReasonOption.PRICE, "予算超過", null, version);
            case NURTURE -> new Completion(outcome, null, null, LocalDate.now().plusDays(10), version);
            default -> Completion.of(outcome, version);
        };
        inbox.complete(task.taskId(), completion);
    }
}
