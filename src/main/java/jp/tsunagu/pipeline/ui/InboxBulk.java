package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.TaskBulkActions;
import jp.tsunagu.security.AppRoles;

/** Claiming, releasing or (supervisors) reassigning the ticked tasks, and the dialog of each task's result. */
final class InboxBulk {

    private InboxBulk() {}

    static void configure(TaskInboxView v) {
        v.bulkBar.setId("inbox-bulk");
        v.bulkBar.addClassName("inbox-bulk");
        v.bulkBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        v.bulkBar.setWrap(true);
        v.claimSelected.setText(v.getTranslation("inbox.bulk.claim"));
        v.claimSelected.setId("bulk-claim");
        v.claimSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        v.claimSelected.addClickListener(e -> report(v, v.bulk.claimAll(selectedIds(v))));
        v.releaseSelected.setText(v.getTranslation("inbox.bulk.release"));
        v.releaseSelected.setId("bulk-release");
        v.releaseSelected.addThemeVariants(ButtonVariant.LUMO_SMALL);
        v.releaseSelected.addClickListener(e -> report(v, v.bulk.releaseAll(selectedIds(v))));
        boolean supervisor = v.currentUser.hasRole(AppRoles.SUPERVISOR);
        v.reassignTo.setId("bulk-reassign-to");
        v.reassignTo.setAriaLabel(v.getTranslation("inbox.bulk.reassignTo"));
        v.reassignTo.setPlaceholder(v.getTranslation("inbox.bulk.reassignTo"));
        v.reassignTo.setItemLabelGenerator(e -> e.getValue());
        v.reassignTo.setVisible(supervisor);
        if (supervisor) {
            List<Map.Entry<String, String>> people = new ArrayList<>(v.users.withRole(AppRoles.DIRECTOR));
            people.addAll(v.users.withRole(AppRoles.INTERMEDIARY));
            v.reassignTo.setItems(people);
        }
        v.reassignSelected.setText(v.getTranslation("inbox.bulk.reassign"));
        v.reassignSelected.setId("bulk-reassign");
        v.reassignSelected.addThemeVariants(ButtonVariant.LUMO_SMALL);
        v.reassignSelected.setVisible(supervisor);
        v.reassignSelected.addClickListener(e -> {
            if (v.reassignTo.getValue() == null) {
                v.reassignTo.setErrorMessage(v.getTranslation("inbox.bulk.reassignTo.required"));
                v.reassignTo.setInvalid(true);
                return;
            }
            v.reassignTo.setInvalid(false);
            report(v, v.bulk.reassignAll(selectedIds(v), v.reassignTo.getValue().getKey()));
        });
        v.bulkBar.add(v.selectedCount, v.claimSelected, v.releaseSelected, v.reassignTo, v.reassignSelected);
        v.bulkBar.setVisible(false);
        v.grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            v.bulkBar.setVisible(n > 0);
            v.selectedCount.setText(v.getTranslation("inbox.bulk.selected", n));
            boolean group = v.tabs.getSelectedTab() == v.groupTab;
            v.claimSelected.setVisible(group);
            v.releaseSelected.setVisible(v.tabs.getSelectedTab() == v.mineTab);
        });
    }

    private static List<String> selectedIds(TaskInboxView v) {
        return v.grid.getSelectedItems().stream().map(InboxTask::taskId).toList();
    }

    /** Each task's result of a v.bulk action, in a dialog that lists what was done and what was not, and why. */
    static void report(TaskInboxView v, List<TaskBulkActions.BulkResult> outcome) {
        long done = outcome.stream().filter(TaskBulkActions.BulkResult::done).count();
        v.results = new Dialog();
        v.results.setId("bulk-results");
        v.results.setHeaderTitle(v.getTranslation("inbox.bulk.result", done, outcome.size()));
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        lines.setSpacing(false);
        for (TaskBulkActions.BulkResult r : outcome) {
            Span line = new Span((r.done() ? "✓ " : "✗ ")
                    + v.getTranslation(
                            "inbox.bulk.line",
                            r.dealTitle().isEmpty() ? v.getTranslation("task.gone") : r.dealTitle(),
                            v.getTranslation(r.messageKey(), r.params())));
            line.addClassName(r.done() ? "bulk-done" : "bulk-refused");
            lines.add(line);
        }
        v.results.add(lines);
        Button close = new Button(v.getTranslation("action.close"), e -> v.results.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        v.results.getFooter().add(close);
        v.results.open();
        v.grid.deselectAll();
        v.refresh();
    }
}
