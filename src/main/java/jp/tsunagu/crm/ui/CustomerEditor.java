package jp.tsunagu.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.customer.CompanySize;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerForm;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.customer.LeadSource;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;

/**
 * Registers or edits a customer. A new customer is first compared with those registered: a similar name or
 * the same phone number is shown, and the director either opens the existing one or says it is another company.
 */
class CustomerEditor extends Dialog {

    final TextField name = new TextField();
    final TextField kana = new TextField();
    final TextField industry = new TextField();
    final Select<CompanySize> size = new Select<>();
    final TextField prefecture = new TextField();
    final TextField address = new TextField();
    final TextField phone = new TextField();
    final Select<LeadSource> source = new Select<>();
    final ComboBox<Map.Entry<String, String>> director = new ComboBox<>();
    final Button save = new Button();
    final Div duplicates = new Div();
    private final BeanValidationBinder<CustomerForm> binder = new BeanValidationBinder<>(CustomerForm.class);

    /**
     * @param customerId the customer to edit, or {@code null} to register one
     */
    CustomerEditor(CustomerService customers, UserDirectory users, Long customerId, String me, LongConsumer onSaved) {
        setHeaderTitle(getTranslation(customerId == null ? "customer.new" : "customer.edit"));
        setWidth("min(48em, 96vw)");
        name.setLabel(getTranslation("customer.name"));
        name.setId("customer-name");
        name.setRequiredIndicatorVisible(true);
        kana.setLabel(getTranslation("customer.kana"));
        kana.setId("customer-kana");
        kana.setPlaceholder("ミライショウジ");
        kana.setHelperText(getTranslation("customer.kana.hint"));
        kana.setMaxLength(Customer.KANA_MAX);
        industry.setLabel(getTranslation("customer.industry"));
        size.setLabel(getTranslation("customer.size"));
        size.setItems(CompanySize.values());
        size.setItemLabelGenerator(s -> s == null ? getTranslation("req.unset") : getTranslation("companySize." + s));
        size.setEmptySelectionAllowed(true);
        size.setEmptySelectionCaption(getTranslation("req.unset"));
        prefecture.setLabel(getTranslation("customer.prefecture"));
        address.setLabel(getTranslation("customer.address"));
        phone.setLabel(getTranslation("customer.phone"));
        phone.setId("customer-phone");
        phone.setPlaceholder("054-123-4567");
        source.setLabel(getTranslation("customer.leadSource"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(s -> s == null ? getTranslation("req.unset") : getTranslation("leadSource." + s));
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("req.unset"));
        List<Map.Entry<String, String>> directors = users.withRole(AppRoles.DIRECTOR);
        director.setLabel(getTranslation("customer.director"));
        director.setItems(directors);
        director.setItemLabelGenerator(Map.Entry::getValue);

        binder.forField(name).bind("name");
        binder.forField(kana).withNullRepresentation("").bind("kana");
        binder.forField(industry).withNullRepresentation("").bind("industry");
        binder.forField(size).bind("size");
        binder.forField(prefecture).withNullRepresentation("").bind("prefecture");
        binder.forField(address).withNullRepresentation("").bind("address");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(source).bind("leadSource");
        binder.forField(director)
                .bind(
                        f -> directors.stream()
                                .filter(d -> d.getKey().equals(f.getDirector()))
                                .findFirst()
                                .orElse(null),
                        (f, v) -> f.setDirector(v == null ? null : v.getKey()));
        CustomerForm form = customerId == null
                ? new CustomerForm()
                : customers.form(customerId).orElseThrow();
        // The version read with the form: a save after someone else's is refused, the typed values kept.
        long version = customerId == null
                ? 0
                : customers.find(customerId).orElseThrow().getVersion();
        if (customerId == null) {
            form.setDirector(me);
        }
        binder.readBean(form);

        FormLayout layout = new FormLayout(name, kana, industry, size, prefecture, address, phone, source, director);
        layout.setColspan(address, 2);
        duplicates.setId("customer-duplicates");
        duplicates.addClassName("duplicates");
        duplicates.setVisible(false);
        add(layout, duplicates);
        // A changed name or phone is compared afresh.
        name.addValueChangeListener(e -> hideDuplicates());
        phone.addValueChangeListener(e -> hideDuplicates());

        save.setText(getTranslation(customerId == null ? "customer.register" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-customer");
        save.addClickListener(e -> {
            CustomerForm f = new CustomerForm();
            if (!binder.writeBeanIfValid(f)) {
                return;
            }
            if (customerId != null) {
                customers.update(customerId, version, f);
                Notifications.success(getTranslation("customer.saved"));
                close();
                onSaved.accept(customerId);
                return;
            }
            List<Customer> similar = customers.similar(f.getName(), f.getPhone());
            if (!similar.isEmpty() && !duplicates.isVisible()) {
                showDuplicates(similar);
                return;
            }
            Customer created = customers.register(f, true);
            Notifications.success(getTranslation("customer.registered", created.getName()));
            close();
            onSaved.accept(created.getId());
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void hideDuplicates() {
        if (duplicates.isVisible()) {
            duplicates.setVisible(false);
            save.setText(getTranslation("customer.register"));
        }
    }

    private void showDuplicates(List<Customer> similar) {
        duplicates.removeAll();
        duplicates.add(new Paragraph(getTranslation("customer.duplicates")));
        UnorderedList list = new UnorderedList();
        for (Customer c : similar) {
            Anchor link = new Anchor(
                    "customers/" + c.getId(), c.getName() + (c.getPhone() == null ? "" : "（" + c.getPhone() + "）"));
            link.getElement().addEventListener("click", e -> close());
            list.add(new ListItem(link));
        }
        duplicates.add(list, new Paragraph(getTranslation("customer.duplicates.hint")));
        duplicates.setVisible(true);
        save.setText(getTranslation("customer.registerAnyway"));
    }
}
