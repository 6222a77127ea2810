package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.SavedFilterService;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;

/**
 * The inbox's saved views above the list: a button per view with its count (a published one says by whom), a
 * delete button beside one's own, and 「この条件を保存」 that names the list's current filter.
 */
class SavedViewsBar extends HorizontalLayout {

    private final SavedFilterService savedFilters;
    private final TaskInboxService inbox;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    /** The inbox's filter as it stands, for saving. */
    private final Supplier<InboxFilter> current;
    /** Shows a view's filter in the inbox. */
    private final Consumer<SavedFilterService.SavedFilter> onApply;

    final Button saveView = new Button();

    SavedViewsBar(
            SavedFilterService savedFilters,
            TaskInboxService inbox,
            UserDirectory users,
            CurrentUser currentUser,
            Supplier<InboxFilter> current,
            Consumer<SavedFilterService.SavedFilter> onApply) {
        this.savedFilters = savedFilters;
        this.inbox = inbox;
        this.users = users;
        this.currentUser = currentUser;
        this.current = current;
        this.onApply = onApply;
        setId("inbox-views");
        addClassName("inbox-views");
        setWrap(true);
        setSpacing(false);
        saveView.setText(getTranslation("inbox.view.save"));
        saveView.setIcon(VaadinIcon.BOOKMARK_O.create());
        saveView.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        saveView.setId("inbox-save-view");
        saveView.addClickListener(e -> saveViewDialog());
    }

    /** The saved views as buttons with their counts; mine with a button that deletes them. */
    void refresh() {
        removeAll();
        for (SavedFilterService.SavedFilter view : savedFilters.mine()) {
            String name = view.id() == null ? getTranslation(view.name()) : view.name();
            Button button = new Button(
                    getTranslation("inbox.view.label", name, TaskInboxView.countLabel(inbox.count(view.filter()))),
                    e -> onApply.accept(view));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            button.addClassName("inbox-view-button");
            if (view.sharedRole() != null) {
                button.setTooltipText(getTranslation(
                        "inbox.view.sharedWith",
                        getTranslation("role." + view.sharedRole()),
                        users.displayName(view.owner())));
                button.setIcon(VaadinIcon.USERS.create());
            }
            add(button);
            if (view.mine()) {
                Button delete = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    savedFilters.delete(view.id());
                    Notifications.success(getTranslation("inbox.view.deleted", name));
                    refresh();
                });
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                delete.setAriaLabel(getTranslation("inbox.view.delete", name));
                delete.setTooltipText(getTranslation("inbox.view.delete", name));
                add(delete);
            }
        }
        add(saveView);
    }

    /** Names the current filter and keeps it; a supervisor may publish it to a role. */
    void saveViewDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("inbox.view.save"));
        TextField name = new TextField(getTranslation("inbox.view.name"));
        name.setId("inbox-view-name");
        name.setMaxLength(SavedFilterService.NAME_MAX);
        name.setHelperText(getTranslation("form.maxLength", SavedFilterService.NAME_MAX));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        Select<String> share = new Select<>();
        share.setId("inbox-view-share");
        share.setLabel(getTranslation("inbox.view.share"));
        share.setItems("", AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR);
        share.setItemLabelGenerator(r -> r.isEmpty()
                ? getTranslation("inbox.view.share.none")
                : getTranslation("inbox.view.share.role", getTranslation("role." + r)));
        share.setValue("");
        share.setVisible(currentUser.hasRole(AppRoles.SUPERVISOR));
        Paragraph what = new Paragraph(describe(current.get()));
        what.addClassName("hint");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                savedFilters.save(
                        name.getValue(), current.get(), share.getValue().isEmpty() ? null : share.getValue());
                Notifications.success(
                        getTranslation("inbox.view.saved", name.getValue().strip()));
                dialog.close();
                refresh();
            } catch (UserFacingException refusal) {
                HasValidation field = "sharedRole".equals(refusal.field()) ? share : name;
                field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
                field.setInvalid(true);
            }
        });
        save.setId("inbox-view-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(dialog);
        dialog.add(new VerticalLayout(what, name, share));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    /** The filter in words, for the save dialog: what the view will show. */
    private String describe(InboxFilter f) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation(
                switch (f.scope()) {
                    case MINE -> "inbox.scope.mine";
                    case GROUP -> "inbox.scope.group";
                    case ALL -> "inbox.scope.all";
                }));
        if (f.text() != null && !f.text().isBlank()) {
            parts.add("「" + f.text().strip() + "」");
        }
        if (f.stage() != null) {
            parts.add(getTranslation("stage." + f.stage()));
        }
        if (f.overdueOnly()) {
            parts.add(getTranslation("inbox.overdueOnly"));
        }
        if (f.dueToday()) {
            parts.add(getTranslation("inbox.view.dueToday"));
        }
        return String.join(" ・ ", parts);
    }
}
