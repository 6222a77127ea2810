package jp.tsunagu.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.AppUser;
import jp.tsunagu.security.FacilityNames;
import jp.tsunagu.security.FacilityNames.FacilityName;
import jp.tsunagu.security.UserAccounts;
import jp.tsunagu.security.UserAccounts.Account;
import jp.tsunagu.security.UserForm;

/**
 * Creates or edits an account. Field rules show beside their fields; the service's refusals (a login name taken, a
 * facility missing) too. A new account ends with its temporary password, shown once.
 */
class UserEditor extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField kana = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Select<String> role = new Select<>();
    final ComboBox<FacilityName> facility = new ComboBox<>();
    final TextField organisation = new TextField();
    final Button save = new Button();
    private final BeanValidationBinder<UserForm> binder = new BeanValidationBinder<>(UserForm.class);

    /**
     * @param existing the account to edit, or {@code null} for a new one
     * @param admin    whether the editor may give any role (an intermediary adds facility staff only)
     */
    UserEditor(
            UserAccounts accounts,
            FacilityNames facilities,
            Account existing,
            boolean admin,
            Consumer<String> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "user.new" : "user.edit"));
        setWidth("min(44em, 96vw)");
        username.setLabel(getTranslation("user.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("user.username.help"));
        username.setReadOnly(existing != null);
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setId("user-display-name");
        displayName.setMaxLength(AppUser.DISPLAY_NAME_MAX);
        kana.setLabel(getTranslation("user.kana"));
        kana.setId("user-kana");
        kana.setPlaceholder("タナカ イチロウ");
        email.setLabel(getTranslation("user.email"));
        email.setId("user-email");
        phone.setLabel(getTranslation("user.phone"));
        phone.setId("user-phone");
        phone.setPlaceholder("054-123-4567");
        role.setLabel(getTranslation("user.role"));
        role.setId("user-role");
        role.setItems(admin ? AppRoles.ALL : List.of(AppRoles.FACILITY));
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r));
        List<FacilityName> all = facilities.all();
        facility.setLabel(getTranslation("user.facility"));
        facility.setId("user-facility");
        facility.setItems(all);
        facility.setItemLabelGenerator(FacilityName::name);
        organisation.setLabel(getTranslation("user.organisation"));
        organisation.setId("user-organisation");
        organisation.setMaxLength(AppUser.ORGANISATION_MAX);
        organisation.setPlaceholder(getTranslation("user.organisation.placeholder"));

        binder.forField(username).withNullRepresentation("").bind("username");
        binder.forField(displayName).withNullRepresentation("").bind("displayName");
        binder.forField(kana).withNullRepresentation("").bind("kana");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(role).bind("role");
        binder.forField(facility)
                .bind(
                        f -> all.stream()
                                .filter(x -> x.id() == (f.getFacilityId() == null ? -1 : f.getFacilityId()))
                                .findFirst()
                                .orElse(null),
                        (f, v) -> f.setFacilityId(v == null ? null : v.id()));
        binder.forField(organisation).withNullRepresentation("").bind("organisation");
        UserForm form = existing == null ? new UserForm() : accounts.form(existing.username());
        if (existing == null && !admin) {
            form.setRole(AppRoles.FACILITY);
        }
        binder.readBean(form);
        username.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        role.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(e -> showFacilityOrOrganisation());
        showFacilityOrOrganisation();

        FormLayout layout = new FormLayout(username, role, displayName, kana, email, phone, facility, organisation);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(layout);
        if (existing == null) {
            add(new Paragraph(getTranslation("user.new.explain")));
        }

        save.setText(getTranslation(existing == null ? "user.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        save.addClickListener(e -> {
            UserForm f = new UserForm();
            if (!binder.writeBeanIfValid(f)) {
                return;
            }
            try {
                if (existing == null) {
                    UserAccounts.TemporaryPassword created = accounts.create(f);
                    close();
                    new TemporaryPasswordDialog(created, "user.created").open();
                    onSaved.accept(created.username());
                } else {
                    accounts.update(existing.username(), f);
                    Notifications.success(getTranslation("user.saved"));
                    close();
                    onSaved.accept(existing.username());
                }
            } catch (UserFacingException refusal) {
                showBesideField(refusal);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void showFacilityOrOrganisation() {
        boolean facilityStaff = AppRoles.FACILITY.equals(role.getValue());
        facility.setVisible(facilityStaff);
        facility.setRequiredIndicatorVisible(facilityStaff);
        organisation.setVisible(!facilityStaff);
    }

    private void showBesideField(UserFacingException refusal) {
        Refusals.showBeside(
                refusal,
                Map.of("username", username, "role", role, "facilityId", facility, "email", email, "phone", phone),
                this);
    }
}
