package jp.tsunagu.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.FormShortcuts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.crm.ActivityForm;
import jp.tsunagu.crm.ActivityKind;
import jp.tsunagu.crm.ActivityRow;
import jp.tsunagu.crm.ActivityService;

/**
 * An activity log with its entry form: the latest contacts first, each with its next action, overdue
 * next actions in red. Used on the customer page and on a deal (page and nurturing task).
 */
class ActivityLog extends Div {

    final Select<ActivityKind> kind = new Select<>();
    final DatePicker occurredOn;
    final TextArea summary = new TextArea();
    final TextField nextAction = new TextField();
    final DatePicker nextActionOn;
    final Button log = new Button();
    private final UnorderedList list = new UnorderedList();
    private final BeanValidationBinder<ActivityForm> binder = new BeanValidationBinder<>(ActivityForm.class);
    private final Clock clock;

    private Runnable onLogged = () -> {};

    /** Something to refresh besides the list once an activity is logged (the deal's next-contact badge). */
    ActivityLog onLogged(Runnable action) {
        this.onLogged = action;
        return this;
    }

    ActivityLog(
            ActivityService activities,
            long customerId,
            Long dealId,
            Supplier<List<ActivityRow>> rows,
            boolean showDeal,
            boolean canLog,
            Clock clock,
            Locale locale) {
        this.clock = clock;
        addClassName("activity-log");
        occurredOn = DatePickers.create(getTranslation("activity.date"), locale);
        nextActionOn = DatePickers.create(getTranslation("activity.nextActionOn"), locale);
        list.addClassName("activity-list");
        list.setId("activity-list");
        if (canLog) {
            add(form(activities, customerId, dealId, rows, showDeal));
        }
        add(list);
        refresh(rows.get(), showDeal);
    }

    private FormLayout form(
            ActivityService activities,
            long customerId,
            Long dealId,
            Supplier<List<ActivityRow>> rows,
            boolean showDeal) {
        kind.setLabel(getTranslation("activity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("activity.kind." + k));
        kind.setId("activity-kind");
        occurredOn.setId("activity-date");
        summary.setLabel(getTranslation("activity.summary"));
        summary.setMaxLength(ActivityForm.SUMMARY_MAX);
        summary.setId("activity-summary");
        nextAction.setLabel(getTranslation("activity.nextAction"));
        nextAction.setMaxLength(ActivityForm.NEXT_ACTION_MAX);
        nextAction.setId("activity-next-action");
        nextActionOn.setId("activity-next-date");
        LocalDate today = LocalDate.now(clock);
        occurredOn.setMax(today);
        nextActionOn.setMin(today);

        binder.forField(kind).bind("kind");
        binder.forField(occurredOn)
                .withValidator((v, c) -> v != null && v.isAfter(LocalDate.now(clock))
                        ? ValidationResult.error(getTranslation("activity.date.future"))
                        : ValidationResult.ok())
                .bind("occurredOn");
        binder.forField(summary).withNullRepresentation("").bind("summary");
        binder.forField(nextAction)
                .withNullRepresentation("")
                .withValidator((v, c) -> (v == null || v.isBlank()) && nextActionOn.getValue() != null
                        ? ValidationResult.error(getTranslation("activity.nextAction.required"))
                        : ValidationResult.ok())
                .bind("nextAction");
        binder.forField(nextActionOn)
                .withValidator((v, c) -> {
                    if (v == null) {
                        return nextAction.getValue().isBlank()
                                ? ValidationResult.ok()
                                : ValidationResult.error(getTranslation("activity.nextActionOn.required"));
                    }
                    return v.isBefore(LocalDate.now(clock))
                            ? ValidationResult.error(getTranslation("activity.nextActionOn.past"))
                            : ValidationResult.ok();
                })
                .bind("nextActionOn");
        reset();

        log.setText(getTranslation("activity.log"));
        log.setId("log-activity");
        log.setTooltipText(getTranslation("form.submit.shortcut"));
        log.addClickListener(e -> {
            ActivityForm f = new ActivityForm();
            if (!binder.writeBeanIfValid(f)) {
                return;
            }
            if (!Refusals.attempt(
                    Map.of("occurredOn", occurredOn, "nextAction", nextAction, "nextActionOn", nextActionOn),
                    this,
                    () -> activities.log(customerId, dealId, f))) {
                return;
            }
            Notifications.success(getTranslation("activity.logged"));
            reset();
            refresh(rows.get(), showDeal);
            onLogged.run();
        });
        FormLayout form = new FormLayout(kind, occurredOn, summary, nextAction, nextActionOn, log);
        form.addClassName("activity-form");
        FormShortcuts.submitOn(log, form);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 4));
        form.setColspan(summary, 4);
        form.setColspan(nextAction, 2);
        return form;
    }

    private void reset() {
        ActivityForm blank = new ActivityForm();
        blank.setOccurredOn(LocalDate.now(clock));
        binder.readBean(blank);
    }

    private void refresh(List<ActivityRow> rows, boolean showDeal) {
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(new ListItem(getTranslation("activity.none")));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (ActivityRow a : rows) {
            ListItem item = new ListItem();
            item.addClassName("activity");
            Span head = new Span(Formats.date(a.occurredOn()) + "　" + getTranslation("activity.kind." + a.kind()) + "　"
                    + a.actor() + (showDeal && a.dealTitle() != null ? "　［" + a.dealTitle() + "］" : ""));
            head.addClassName("activity-head");
            item.add(head, new Paragraph(a.summary()));
            if (a.nextAction() != null) {
                boolean overdue = a.nextActionOn().isBefore(today);
                Span next = Badges.of(
                        getTranslation("activity.next", Formats.date(a.nextActionOn()), a.nextAction()),
                        overdue ? "overdue" : "due");
                item.add(next);
            }
            list.add(item);
        }
    }
}
