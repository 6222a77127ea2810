package jp.tsunagu.deal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.customer.CustomerOption;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.Deal;
import jp.tsunagu.deal.DealPriority;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;

/** A director opens a deal: customer, title, kind of work, expected monthly amount, one-off or recurring. */
@Route("deals/new")
@RolesAllowed(AppRoles.DIRECTOR)
class NewDealView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<CustomerOption> customer = new ComboBox<>();
    final TextField title = new TextField();
    final RadioButtonGroup<WorkCategory> category = new RadioButtonGroup<>();
    final IntegerField monthlyAmount = new IntegerField();
    final RadioButtonGroup<OrderType> orderType = new RadioButtonGroup<>();
    final RadioButtonGroup<DealPriority> priority = new RadioButtonGroup<>();
    final Button save = new Button();
    private final BeanValidationBinder<NewDeal> binder = new BeanValidationBinder<>(NewDeal.class);

    private final CustomerService customerService;

    /** Opened from a customer's page ({@code ?customer=12}): that customer is chosen already. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("customer").ifPresent(value -> {
            try {
                customerService
                        .find(Long.parseLong(value))
                        .ifPresent(c -> customer.setValue(new CustomerOption(c.getId(), c.getName())));
            } catch (NumberFormatException ignored) {
                // A mistyped address simply opens an empty form.
            }
        });
    }

    NewDealView(DealService deals, CustomerService customers) {
        this.customerService = customers;
        setMaxWidth("48em");
        customer.setLabel(getTranslation("deal.customer"));
        customer.setItems(q -> customers.options(q.getFilter().orElse(""), q.getOffset(), q.getLimit()));
        customer.setItemLabelGenerator(CustomerOption::name);
        customer.setId("customer");
        title.setLabel(getTranslation("deal.title"));
        title.setMaxLength(Deal.TITLE_MAX);
        title.setPlaceholder(getTranslation("deal.title.placeholder"));
        title.setId("title");
        category.setLabel(getTranslation("deal.category"));
        category.setItems(WorkCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c));
        category.setId("category");
        monthlyAmount.setLabel(getTranslation("deal.monthlyAmount"));
        monthlyAmount.setSuffixComponent(new Div(getTranslation("unit.yen")));
        monthlyAmount.setMin(0);
        monthlyAmount.setMax((int) Deal.MONTHLY_AMOUNT_MAX);
        monthlyAmount.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("deal.amount.badInput"))
                .setMinErrorMessage(getTranslation("deal.amount.range"))
                .setMaxErrorMessage(getTranslation("deal.amount.range")));
        monthlyAmount.setStepButtonsVisible(false);
        monthlyAmount.setId("monthly-amount");
        orderType.setLabel(getTranslation("deal.orderType"));
        orderType.setItems(OrderType.values());
        orderType.setItemLabelGenerator(o -> getTranslation("orderType." + o));
        orderType.setId("order-type");
        priority.setLabel(getTranslation("deal.priority"));
        priority.setItems(DealPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation("deal.priority." + p));
        priority.setHelperText(getTranslation("deal.priority.help"));
        priority.setId("priority");

        binder.forField(customer)
                .withConverter(Converter.from(
                        c -> Result.ok(c == null ? null : c.id()),
                        id -> id == null
                                ? null
                                : customers
                                        .find(id)
                                        .map(c -> new CustomerOption(c.getId(), c.getName()))
                                        .orElse(null)))
                .bind("customerId");
        binder.forField(monthlyAmount)
                .withConverter(Converter.from(
                        i -> Result.ok(i == null ? null : i.longValue()), l -> l == null ? null : l.intValue()))
                .bind("monthlyAmount");
        binder.bindInstanceFields(this);
        NewDeal draft = new NewDeal();
        binder.setBean(draft);

        save.setText(getTranslation("deals.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-deal");
        save.addClickListener(e -> {
            if (binder.validate().isOk()) {
                long id = deals.create(draft);
                Notifications.success(getTranslation("deals.created", draft.getTitle()));
                getUI().ifPresent(ui -> ui.navigate("deals/" + id));
            }
        });
        Button cancel = new Button(
                getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(DealListView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        FormLayout form = new FormLayout(customer, title, category, monthlyAmount, orderType, priority);
        form.setColspan(title, 2);
        add(form, new HorizontalLayout(save, cancel));
        customer.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deals.new");
    }
}
