package jp.tsunagu.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;

/** The customers (ordering companies), searched by name or industry; directors register new ones here. */
@Route("customers")
@Menu(order = 15, icon = "vaadin:handshake", title = "nav.customers")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class CustomerListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Checkbox onlyMine = new Checkbox();
    final Grid<Customer> grid = new Grid<>();
    final Button create = new Button();

    CustomerListView(CustomerService customers, UserDirectory users, CurrentUser currentUser) {
        setSizeFull();
        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20em");
        onlyMine.setLabel(getTranslation("customers.onlyMine"));
        boolean director = currentUser.hasRole(AppRoles.DIRECTOR);
        onlyMine.setVisible(director);
        HorizontalLayout bar = new HorizontalLayout(search, onlyMine);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        if (director || currentUser.hasRole(AppRoles.SUPERVISOR)) {
            create.setText(getTranslation("customer.new"));
            create.setIcon(VaadinIcon.PLUS.create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-customer");
            create.addClickListener(
                    e -> new CustomerEditor(customers, users, null, currentUser.username(), id -> getUI().ifPresent(
                                            ui -> ui.navigate("customers/" + id)))
                            .open());
            bar.addToEnd(create);
        }

        grid.setId("customer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Customer::getName)
                .setHeader(getTranslation("customer.name"))
                .setFlexGrow(3);
        grid.addColumn(Customer::getKana)
                .setHeader(getTranslation("customer.kana"))
                .setFlexGrow(2);
        grid.addColumn(Customer::getIndustry)
                .setHeader(getTranslation("customer.industry"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.getSize() == null ? "" : getTranslation("companySize." + c.getSize()))
                .setHeader(getTranslation("customer.size"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Customer::getPrefecture)
                .setHeader(getTranslation("customer.prefecture"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.getDirector() == null ? "" : users.displayName(c.getDirector()))
                .setHeader(getTranslation("customer.director"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.getLeadSource() == null ? "" : getTranslation("leadSource." + c.getLeadSource()))
                .setHeader(getTranslation("customer.leadSource"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("customers.none"));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("customers/" + e.getItem().getId())));
        grid.setItems(
                q -> customers
                        .page(
                                search.getValue(),
                                onlyMine.getValue() ? currentUser.username() : null,
                                q.getOffset(),
                                q.getLimit())
                        .stream(),
                q -> customers.count(search.getValue(), onlyMine.getValue() ? currentUser.username() : null));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        onlyMine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers");
    }
}
