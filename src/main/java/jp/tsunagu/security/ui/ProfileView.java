package jp.tsunagu.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.Languages;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.security.AbsenceService;
import jp.tsunagu.security.MyAccount;
import jp.tsunagu.security.UserAccounts.Account;

/** The logged-in person's own page: who they are, their e-mail, phone and language, and their password. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Select<String> language = new Select<>();
    final Button save = new Button();

    final ComboBox<Map.Entry<String, String>> substitute = new ComboBox<>();
    DatePicker firstDay;
    DatePicker lastDay;
    final Button saveAbsence = new Button();
    final Button clearAbsence = new Button();
    final Paragraph absenceNow = new Paragraph();

    ProfileView(MyAccount accounts, AbsenceService absences) {
        setMaxWidth("48em");
        Account me = accounts.mine();
        Facts facts = new Facts()
                .fact("user.username", me.username())
                .fact(
                        "user.displayName",
                        me.kana() == null ? me.displayName() : me.displayName() + "（" + me.kana() + "）")
                .fact("user.role", getTranslation("role." + me.role()))
                .fact("user.belongsTo", me.facilityName() != null ? me.facilityName() : me.organisation());
        email.setLabel(getTranslation("user.email"));
        email.setId("profile-email");
        email.setValue(me.email() == null ? "" : me.email());
        phone.setLabel(getTranslation("user.phone"));
        phone.setId("profile-phone");
        phone.setPlaceholder("054-123-4567");
        phone.setValue(me.phone() == null ? "" : me.phone());
        language.setLabel(getTranslation("user.language"));
        language.setId("profile-language");
        language.setItems(List.of("ja", "en"));
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(me.language());
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("profile-save");
        save.addClickListener(e -> {
            email.setInvalid(false);
            phone.setInvalid(false);
            try {
                accounts.updateMyContact(email.getValue(), phone.getValue(), language.getValue());
                Notifications.success(getTranslation("profile.saved"));
                if (!language.getValue().equals(getLocale().getLanguage())) {
                    Languages.switchTo(
                            getUI().orElseThrow(),
                            "en".equals(language.getValue())
                                    ? TsunaguI18NProvider.ENGLISH
                                    : TsunaguI18NProvider.JAPANESE);
                }
            } catch (UserFacingException refusal) {
                var field = "phone".equals(refusal.field()) ? phone : email;
                field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
                field.setInvalid(true);
            }
        });
        FormLayout contact = new FormLayout(email, phone, language);
        contact.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        // How notices reach the person (mail, chat, digest, calendar) has a page of its own.
        Anchor notices = new Anchor("notifications/settings", getTranslation("profile.noticeSettings"));
        notices.setId("notice-settings-link");
        add(
                new H2(getTranslation("profile.title")),
                facts,
                new H3(getTranslation("profile.contact")),
                contact,
                save,
                new Paragraph(notices),
                absence(absences),
                new H3(getTranslation("profile.password")),
                new PasswordChangeForm(accounts, () -> Notifications.success(getTranslation("password.changed"))));
    }

    /** Out of office, for office staff: a substitute and the days (facility accounts have no use for it). */
    private Component absence(AbsenceService absences) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("absence");
        if (absences.substituteChoices().isEmpty()) {
            section.setVisible(false);
            return section;
        }
        firstDay = DatePickers.create(getTranslation("absence.firstDay"), getLocale());
        lastDay = DatePickers.create(getTranslation("absence.lastDay"), getLocale());
        firstDay.setId("absence-first");
        lastDay.setId("absence-last");
        substitute.setLabel(getTranslation("absence.substitute"));
        substitute.setId("absence-substitute");
        substitute.setItems(absences.substituteChoices());
        substitute.setItemLabelGenerator(Map.Entry::getValue);
        substitute.setRequiredIndicatorVisible(true);
        firstDay.setRequiredIndicatorVisible(true);
        lastDay.setRequiredIndicatorVisible(true);
        absenceNow.setId("absence-now");
        saveAbsence.setText(getTranslation("absence.save"));
        saveAbsence.setId("absence-save");
        clearAbsence.setText(getTranslation("absence.clear"));
        clearAbsence.setId("absence-clear");
        clearAbsence.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Runnable show = () -> {
            var current = absences.mine();
            absenceNow.setText(current.map(a -> getTranslation(
                            "absence.current",
                            Formats.date(a.firstDay()),
                            Formats.date(a.lastDay()),
                            a.substituteName()))
                    .orElse(getTranslation("absence.hint")));
            clearAbsence.setVisible(current.isPresent());
            current.ifPresent(a -> {
                substitute
                        .getListDataView()
                        .getItems()
                        .filter(e -> e.getKey().equals(a.substitute()))
                        .findFirst()
                        .ifPresent(substitute::setValue);
                firstDay.setValue(a.firstDay());
                lastDay.setValue(a.lastDay());
            });
        };
        saveAbsence.addClickListener(e -> {
            substitute.setInvalid(false);
            firstDay.setInvalid(false);
            lastDay.setInvalid(false);
            try {
                var saved = absences.setMine(
                        substitute.getValue() == null
                                ? null
                                : substitute.getValue().getKey(),
                        firstDay.getValue(),
                        lastDay.getValue());
                Notifications.success(getTranslation(
                        "absence.saved",
                        saved.substituteName(),
                        Formats.date(saved.firstDay()),
                        Formats.date(saved.lastDay())));
                show.run();
            } catch (UserFacingException refusal) {
                HasValidation field =
                        switch (String.valueOf(refusal.field())) {
                            case "firstDay" -> firstDay;
                            case "lastDay" -> lastDay;
                            default -> substitute;
                        };
                field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
                field.setInvalid(true);
            }
        });
        clearAbsence.addClickListener(e -> {
            absences.clearMine();
            substitute.clear();
            firstDay.clear();
            lastDay.clear();
            Notifications.success(getTranslation("absence.cleared"));
            show.run();
        });
        FormLayout form = new FormLayout(substitute, firstDay, lastDay);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        HorizontalLayout buttons = new HorizontalLayout(saveAbsence, clearAbsence);
        section.add(new H3(getTranslation("absence.title")), absenceNow, form, buttons);
        show.run();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
