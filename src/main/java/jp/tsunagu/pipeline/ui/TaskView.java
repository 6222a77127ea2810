package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.LostReasons;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.OpenTask;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskForm;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.MyAccount;

/** One task opened: its deal at a glance, who holds it, and the form that completes it. */
@Route("tasks/:taskId")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskInboxService inbox;
    private final LostReasons lostReasons;
    private final List<DealPageSection> sections;
    private final Clock clock;
    private final List<TaskForm> taskForms;
    private String title = "";
    OutcomeForm form;

    private final MyAccount accounts;

    TaskView(
            TaskInboxService inbox,
            LostReasons lostReasons,
            List<DealPageSection> sections,
            Clock clock,
            List<TaskForm> taskForms,
            MyAccount accounts) {
        this.accounts = accounts;
        this.taskForms = taskForms;
        this.inbox = inbox;
        this.lostReasons = lostReasons;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(DealPageSection::order))
                .toList();
        this.clock = clock;
        addClassName("task-view");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        show(taskId);
    }

    private void show(String taskId) {
        removeAll();
        form = null;
        Anchor back = new Anchor("tasks", "← " + getTranslation("nav.inbox"));
        add(back);
        OpenTask task = inbox.open(taskId).orElse(null);
        if (task == null) {
            title = getTranslation("task.gone");
            H2 gone = new H2(getTranslation("task.gone"));
            gone.setId("task-gone");
            add(gone, new Paragraph(getTranslation("task.gone.hint")));
            return;
        }
        DealDetails deal = task.deal();
        String taskName = task.task().isEscalation()
                ? getTranslation("task.escalation", getTranslation("stage." + task.stage()))
                : getTranslation("stage." + task.stage());
        title = taskName + "：" + deal.title();
        H2 heading = new H2(deal.title());
        heading.setId("task-title");
        Span stage = task.task().isEscalation()
                ? Badges.of(taskName, "overdue")
                : Badges.of(
                        taskName,
                        "stage",
                        "party-" + task.stage().party().name().toLowerCase());
        add(new HorizontalLayout(stage, heading));
        add(summary(task));
        add(holder(task));
        if (task.completable()) {
            add(followUp(task));
        }
        if (task.task() == PipelineTask.ASSIGN_FACILITIES) {
            Anchor workspace = new Anchor("deals/" + deal.id(), getTranslation("task.assignmentHint"));
            workspace.setId("assignment-hint");
            add(new Paragraph(workspace));
        }
        var ownForm = taskForms.stream().filter(f -> f.handles(task.task())).findFirst();
        if (task.completable() && ownForm.isPresent()) {
            add(ownForm.get().create(task, () -> {
                Notifications.success(
                        getTranslation("task.completed", taskName, task.deal().title()));
                afterCompletion(task.taskId());
            }));
        } else if (task.completable()) {
            form = new OutcomeForm(
                    task, lostReasons.active(), getLocale(), clock, completion -> complete(task, completion));
            add(form);
        } else {
            add(new Paragraph(getTranslation("task.heldBy", task.assigneeName())));
        }
        if (task.stage() != null) {
            sections.stream().filter(s -> s.showOnTask(task.stage())).forEach(s -> add(s.create(deal)));
        }
    }

    private Facts summary(OpenTask task) {
        DealDetails deal = task.deal();
        Facts facts = new Facts();
        facts.fact("deal.customer", deal.customerName());
        facts.fact("deal.category", getTranslation("category." + deal.category()));
        facts.fact("deal.orderType", getTranslation("orderType." + deal.orderType()));
        facts.fact("deal.monthlyAmount", Formats.yen(deal.monthlyAmount()));
        facts.fact("task.arrived", Formats.dateTime(task.createdAt()));
        facts.fact("task.due", task.dueAt() == null ? "—" : Formats.dateTime(task.dueAt()));
        if (deal.nextContactOn() != null) {
            facts.fact("deal.nextContact", Formats.date(deal.nextContactOn()));
        }
        Anchor dealLink = new Anchor("deals/" + deal.id(), getTranslation("task.openDeal"));
        dealLink.setId("deal-link");
        facts.add(dealLink);
        return facts;
    }

    private HorizontalLayout holder(OpenTask task) {
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (task.assignee() == null) {
            row.add(new Span(getTranslation("task.unclaimed")));
            Button claim = new Button(getTranslation("task.claim"), e -> {
                inbox.claim(task.taskId());
                Notifications.success(getTranslation("task.claimed", task.deal().title()));
                show(task.taskId());
            });
            claim.setId("claim");
            row.add(claim);
        } else {
            row.add(new Span(getTranslation("task.assignee", task.assigneeName())));
            if (task.completable()) {
                Button unclaim = new Button(getTranslation("task.unclaim"), e -> {
                    inbox.unclaim(task.taskId());
                    Notifications.success(getTranslation("task.unclaimed.done"));
                    show(task.taskId());
                });
                unclaim.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                unclaim.setId("unclaim");
                row.add(unclaim);
            }
        }
        return row;
    }

    private void complete(OpenTask task, Completion completion) {
        inbox.complete(task.taskId(), completion);
        String taskName = task.task().isEscalation()
                ? getTranslation("task.escalation", getTranslation("stage." + task.stage()))
                : getTranslation("stage." + task.stage());
        Notifications.success(
                getTranslation("task.completed", taskName, task.deal().title()));
        afterCompletion(task.taskId());
    }

    /**
     * Where a person goes after completing a task: the next task of the inbox view they came from (their setting,
     * on by default), or the inbox when there is none.
     */
    private void afterCompletion(String completedTaskId) {
        Object last = VaadinSession.getCurrent().getAttribute(TaskInboxView.FILTER_ATTRIBUTE);
        InboxFilter view = last instanceof InboxFilter f ? f : InboxFilter.of(InboxScope.MINE);
        var next = accounts.opensNextTask() ? inbox.next(view, completedTaskId) : Optional.<String>empty();
        if (next.isPresent()) {
            Notifications.success(getTranslation("task.next.opened"));
            getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", next.get())));
        } else {
            getUI().ifPresent(ui -> ui.navigate(TaskInboxView.class));
        }
    }

    /** 次に見る日: the task leaves the inbox list until that day; due date and SLA stay. */
    private HorizontalLayout followUp(OpenTask task) {
        DatePicker on = DatePickers.create(getTranslation("task.followUp"), getLocale());
        on.setId("follow-up");
        on.setHelperText(getTranslation("task.followUp.hint"));
        on.setWidth("22em");
        on.setMaxWidth("100%");
        on.setMin(LocalDate.now(clock.withZone(Formats.ZONE)).plusDays(1));
        if (task.followUpAt() != null) {
            on.setValue(task.followUpAt().atZone(Formats.ZONE).toLocalDate());
        }
        Button set = new Button(getTranslation("task.followUp.set"), e -> {
            try {
                inbox.followUp(task.taskId(), on.getValue());
                on.setInvalid(false);
                Notifications.success(
                        on.getValue() == null
                                ? getTranslation("task.followUp.cleared")
                                : getTranslation("task.followUp.saved", Formats.date(on.getValue())));
            } catch (UserFacingException refusal) {
                on.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
                on.setInvalid(true);
            }
        });
        set.setId("follow-up-set");
        HorizontalLayout row = new HorizontalLayout(on, set);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.addClassName("follow-up-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
