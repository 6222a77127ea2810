package jp.tsunagu.deal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPriorities;
import jp.tsunagu.deal.DealPriority;

/**
 * Changes an open deal's priority (通常 / 急ぎ). Says in words that only hand-offs starting from now run on the new
 * targets, so nobody expects the deadline on the task in front of them to move.
 */
class DealPriorityDialog extends Dialog {

    final RadioButtonGroup<DealPriority> priority = new RadioButtonGroup<>();
    final Button save = new Button();

    DealPriorityDialog(DealDetails deal, DealPriorities priorities, Runnable saved) {
        setHeaderTitle(getTranslation("deal.priority.change"));
        priority.setLabel(getTranslation("deal.priority"));
        priority.setItems(DealPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation("deal.priority." + p));
        priority.setValue(deal.priority());
        priority.setHelperText(getTranslation("deal.priority.changeHelp"));
        priority.setRequiredIndicatorVisible(true);
        priority.setId("priority-choice");
        priority.setMaxWidth("28em");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-priority");
        save.addClickListener(e -> {
            if (!Refusals.attempt(
                    Map.of("priority", priority), this, () -> priorities.change(deal.id(), priority.getValue()))) {
                return;
            }
            Notifications.success(
                    getTranslation("deal.priority.saved", getTranslation("deal.priority." + priority.getValue())));
            close();
            saved.run();
        });
        add(priority);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
