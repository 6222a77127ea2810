package jp.tsunagu.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.FacilityNames;
import jp.tsunagu.security.UserAccounts;
import jp.tsunagu.security.UserAccounts.Account;

/**
 * Who may log in: the admin's list of every account (intermediary staff see their facilities' staff), searched by
 * login, name or kana; a row opens the account to edit, disable, unlock or reset it; 「ユーザーを追加」 makes one.
 */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed({AppRoles.ADMIN, AppRoles.INTERMEDIARY})
class UserListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Account> grid = new Grid<>();
    final TextField search = new TextField();
    final Button add = new Button();
    private final UserAccounts accounts;
    private final FacilityNames facilities;
    private final boolean admin;

    UserListView(UserAccounts accounts, FacilityNames facilities, CurrentUser currentUser) {
        this.accounts = accounts;
        this.facilities = facilities;
        this.admin = currentUser.hasRole(AppRoles.ADMIN);
        search.setPlaceholder(getTranslation("user.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        search.setAriaLabel(getTranslation("user.search"));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.setText(getTranslation(admin ? "user.new" : "user.newFacilityStaff"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        add.addClickListener(e -> new UserEditor(accounts, facilities, null, admin, this::saved).open());
        HorizontalLayout bar = new HorizontalLayout(search, add);
        bar.setWidthFull();
        bar.setFlexGrow(1, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Account::username).setHeader(getTranslation("user.username")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.kana() == null ? a.displayName() : a.displayName() + "（" + a.kana() + "）")
                .setHeader(getTranslation("user.displayName")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("role." + a.role())).setHeader(getTranslation("user.role"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.facilityName() != null ? a.facilityName() : a.organisation() == null ? ""
                : a.organisation()).setHeader(getTranslation("user.belongsTo")).setFlexGrow(1);
        grid.addColumn(a -> UserActions.status(a, this::getTranslation)).setHeader(getTranslation("user.status")).setAutoWidth(true).setFlexGrow(0)
                .setKey("status");
        grid.setItems(q -> accounts.page(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> accounts.count(search.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        setSizeFull();
        add(new H2(getTranslation("nav.users")),
                new Paragraph(getTranslation(admin ? "user.intro" : "user.intro.intermediary")), bar, grid);
    }


    void open(Account account) {
        new UserActions(accounts, facilities, accounts.find(account.username()), admin, this::saved).open();
    }

    private void saved(String username) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
