package jp.tsunagu.crm.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.crm.ActivityService;
import jp.tsunagu.customer.ContactForm;
import jp.tsunagu.customer.ContactRow;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealListItem;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;

/** One customer: its facts, its contacts, its deals and the activity log across them. */
@Route("customers/:customerId")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerService customers;
    private final DealService deals;
    private final ActivityService activities;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "";
    final Grid<ContactRow> contacts = new Grid<>();

    CustomerView(
            CustomerService customers,
            DealService deals,
            ActivityService activities,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock) {
        this.customers = customers;
        this.deals = deals;
        this.activities = activities;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("customer-view");
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("customerId").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (customers.find(id).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(id);
    }

    private void show(long id) {
        removeAll();
        Customer c = customers.find(id).orElseThrow();
        title = c.getName();
        boolean canEdit = currentUser.hasRole(AppRoles.DIRECTOR) || currentUser.hasRole(AppRoles.SUPERVISOR);
        H2 heading = new H2(c.getName());
        heading.setId("customer-title");
        HorizontalLayout head = new HorizontalLayout(heading);
        head.setWidthFull();
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (canEdit) {
            Button edit = new Button(getTranslation("customer.edit"), VaadinIcon.EDIT.create(), e -> new CustomerEditor(
                            customers, users, id, currentUser.username(), saved -> show(id))
                    .open());
            edit.setId("edit-customer");
            head.addToEnd(edit);
        }
        add(head);
        Facts facts = new Facts();
        facts.fact("customer.industry", c.getIndustry());
        facts.fact("customer.size", c.getSize() == null ? null : getTranslation("companySize." + c.getSize()));
        facts.fact("customer.prefecture", c.getPrefecture());
        facts.fact("customer.address", c.getAddress());
        facts.fact("customer.phone", c.getPhone());
        facts.fact(
                "customer.leadSource",
                c.getLeadSource() == null ? null : getTranslation("leadSource." + c.getLeadSource()));
        facts.fact("customer.director", c.getDirector() == null ? null : users.displayName(c.getDirector()));
        facts.fact("customer.since", Formats.date(c.getCreatedAt()));
        add(facts);

        HorizontalLayout contactHead = new HorizontalLayout(new H3(getTranslation("contact.title")));
        contactHead.setWidthFull();
        contactHead.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (canEdit) {
            Button add = new Button(getTranslation("contact.add"), VaadinIcon.PLUS.create(), e -> contactDialog(id));
            add.setId("add-contact");
            contactHead.addToEnd(add);
        }
        contacts.setId("contact-grid");
        contacts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        contacts.removeAllColumns();
        contacts.addColumn(ContactRow::name).setHeader(getTranslation("contact.name"));
        contacts.addColumn(ContactRow::role).setHeader(getTranslation("contact.role"));
        contacts.addComponentColumn(r -> r.email() == null ? new Span() : new Anchor("mailto:" + r.email(), r.email()))
                .setHeader(getTranslation("contact.email"));
        contacts.addColumn(ContactRow::phone).setHeader(getTranslation("contact.phone"));
        contacts.setAllRowsVisible(true);
        contacts.setEmptyStateText(getTranslation("contact.none"));
        contacts.setItems(customers.contacts(id));
        add(contactHead, contacts);

        HorizontalLayout dealHead = new HorizontalLayout(new H3(getTranslation("customer.deals")));
        dealHead.setWidthFull();
        if (currentUser.hasRole(AppRoles.DIRECTOR)) {
            Anchor newDeal = new Anchor("deals/new?customer=" + id, getTranslation("customer.newDeal"));
            newDeal.setId("customer-new-deal");
            dealHead.addToEnd(newDeal);
        }
        Grid<DealListItem> dealGrid = new Grid<>();
        dealGrid.setId("customer-deals");
        dealGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        dealGrid.addColumn(DealListItem::title)
                .setHeader(getTranslation("deal.title"))
                .setFlexGrow(3);
        dealGrid.addColumn(d -> getTranslation("category." + d.category()))
                .setHeader(getTranslation("deal.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        dealGrid.addComponentColumn(d -> Badges.of(
                        getTranslation("stage." + d.stage()),
                        "stage",
                        "party-" + d.stage().party().name().toLowerCase()))
                .setHeader(getTranslation("deal.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        dealGrid.addComponentColumn(d -> Badges.of(
                        getTranslation("status." + d.status()),
                        "status-" + d.status().name().toLowerCase()))
                .setHeader(getTranslation("deal.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        dealGrid.addColumn(d -> Formats.yen(d.monthlyAmount()))
                .setHeader(getTranslation("deal.monthlyAmount"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        dealGrid.setAllRowsVisible(true);
        dealGrid.setEmptyStateText(getTranslation("customer.noDeals"));
        dealGrid.setItems(deals.ofCustomer(id));
        dealGrid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("deals/" + e.getItem().id())));
        add(dealHead, dealGrid);

        add(new H3(getTranslation("activity.title")));
        boolean canLog = currentUser.hasRole(AppRoles.DIRECTOR) || currentUser.hasRole(AppRoles.INTERMEDIARY);
        add(new ActivityLog(
                activities,
                id,
                null,
                () -> activities.ofCustomer(id),
                true,
                canLog,
                clock,
                UI.getCurrent().getLocale()));
    }

    /** A new contact: a name and a way to reach them (mail or phone). */
    private void contactDialog(long customerId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("contact.add"));
        TextField name = new TextField(getTranslation("contact.name"));
        name.setId("contact-name");
        TextField role = new TextField(getTranslation("contact.role"));
        EmailField email = new EmailField(getTranslation("contact.email"));
        email.setId("contact-email");
        TextField phone = new TextField(getTranslation("contact.phone"));
        phone.setId("contact-phone");
        BeanValidationBinder<ContactForm> binder = new BeanValidationBinder<>(ContactForm.class);
        binder.forField(name).bind("name");
        binder.forField(role).withNullRepresentation("").bind("role");
        binder.forField(email)
                .withNullRepresentation("")
                .withValidator(
                        (v, c) -> (v == null || v.isBlank()) && phone.getValue().isBlank()
                                ? ValidationResult.error(getTranslation("contact.unreachable"))
                                : ValidationResult.ok())
                .bind("email");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.readBean(new ContactForm());
        Button save = new Button(getTranslation("action.save"), e -> {
            ContactForm f = new ContactForm();
            if (!binder.writeBeanIfValid(f)) {
                return;
            }
            customers.addContact(customerId, f);
            Notifications.success(getTranslation("contact.added", f.getName()));
            dialog.close();
            contacts.setItems(customers.contacts(customerId));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-contact");
        dialog.add(new FormLayout(name, role, email, phone));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
