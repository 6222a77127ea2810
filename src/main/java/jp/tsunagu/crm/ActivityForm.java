package jp.tsunagu.crm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One contact with a customer as the director records it, with the next action it leads to. */
public class ActivityForm {

    public static final int SUMMARY_MAX = 1000;
    public static final int NEXT_ACTION_MAX = 300;

    @NotNull(message = "{activity.kind.required}")
    private ActivityKind kind = ActivityKind.CALL;

    @NotNull(message = "{activity.date.required}")
    private LocalDate occurredOn;

    @NotBlank(message = "{activity.summary.required}")
    @Size(max = SUMMARY_MAX, message = "{activity.summary.size}")
    private String summary;

    @Size(max = NEXT_ACTION_MAX, message = "{activity.nextAction.size}")
    private String nextAction;

    private LocalDate nextActionOn;

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getNextAction() {
        return nextAction;
    }

    public void setNextAction(String nextAction) {
        this.nextAction = nextAction;
    }

    public LocalDate getNextActionOn() {
        return nextActionOn;
    }

    public void setNextActionOn(LocalDate nextActionOn) {
        this.nextActionOn = nextActionOn;
    }
}
