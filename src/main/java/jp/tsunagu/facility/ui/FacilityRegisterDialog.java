package jp.tsunagu.facility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.LongConsumer;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.facility.Facility;
import jp.tsunagu.facility.FacilityForm;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.FacilityType;

/**
 * One facility registered by hand (the CSV import is for many): its name, kind and contact. Every rule shows beside
 * its field; a facility of the same name in the same town is refused beside the name. The survey follows on the
 * facility's page.
 */
class FacilityRegisterDialog extends Dialog {

    final TextField name = new TextField();
    final Select<FacilityType> type = new Select<>();
    final Button save = new Button();

    FacilityRegisterDialog(FacilityService facilities, LongConsumer onSaved) {
        setHeaderTitle(getTranslation("facility.register"));
        setWidth("min(44em, 95vw)");
        BeanValidationBinder<FacilityForm> binder = new BeanValidationBinder<>(FacilityForm.class);
        name.setLabel(getTranslation("facility.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("register-name");
        binder.forField(name).bind("name");
        TextField corporation = field(binder, "facility.corporation", "corporation");
        type.setLabel(getTranslation("facility.type"));
        type.setItems(FacilityType.values());
        type.setItemLabelGenerator(t -> getTranslation("facilityType." + t));
        type.setRequiredIndicatorVisible(true);
        type.setId("register-type");
        binder.forField(type).bind("type");
        TextField postal = field(binder, "facility.postalCode", "postalCode");
        TextField address = field(binder, "facility.address", "address");
        TextField municipality = field(binder, "facility.municipality", "municipality");
        TextField contact = field(binder, "facility.contact", "contactPerson");
        TextField phone = field(binder, "facility.phone", "phone");
        EmailField email = new EmailField(getTranslation("facility.email"));
        binder.forField(email).withNullRepresentation("").bind("email");
        FacilityForm form = new FacilityForm();
        form.setType(FacilityType.B);
        binder.setBean(form);
        FormLayout layout =
                new FormLayout(name, corporation, type, postal, address, municipality, contact, phone, email);
        layout.setColspan(name, 2);
        layout.setColspan(address, 2);
        add(layout);

        save.setText(getTranslation("facility.register.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("register-save");
        save.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Facility saved;
            try {
                saved = facilities.register(form);
            } catch (UserFacingException duplicate) {
                if (!"facility.duplicate".equals(duplicate.messageKey())) {
                    throw duplicate;
                }
                name.setErrorMessage(getTranslation(duplicate.messageKey(), duplicate.params()));
                name.setInvalid(true);
                return;
            }
            Notifications.success(getTranslation("facility.registered", saved.getName()));
            close();
            onSaved.accept(saved.getId());
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TextField field(BeanValidationBinder<FacilityForm> binder, String label, String property) {
        TextField field = new TextField(getTranslation(label));
        binder.forField(field).withNullRepresentation("").bind(property);
        return field;
    }
}
