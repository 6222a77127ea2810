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
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jp.tsunagu.base.ui.Narrow;
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
        search.setMinWidth("16em");
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
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<Grid.Column<Account>> wide = List.of(
                grid.addColumn(Account::username)
                        .setHeader(getTranslation("user.username"))
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                grid.addColumn(this::nameWithKana)
                        .setHeader(getTranslation("user.displayName"))
                        .setFlexGrow(1),
                grid.addColumn(a -> getTranslation("role." + a.role()))
                        .setHeader(getTranslation("user.role"))
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                grid.addColumn(UserListView::belongsTo)
                        .setHeader(getTranslation("user.belongsTo"))
                        .setFlexGrow(1),
                grid.addColumn(a -> UserActions.status(a, this::getTranslation))
                        .setHeader(getTranslation("user.status"))
                        .setAutoWidth(true)
                        .setFlexGrow(0)
                        .setKey("status"));
        // On a phone one card per person: name, login, role and where they belong, status.
        Grid.Column<Account> card = grid.addColumn(LitRenderer.<Account>of(
                                """
                        <div class="user-card"><strong>${item.name}</strong> <span class="muted">${item.login}</span>
                        <div>${item.role}　${item.belongs}</div><div class="muted">${item.status}</div></div>""")
                        .withProperty("name", this::nameWithKana)
                        .withProperty("login", Account::username)
                        .withProperty("role", a -> getTranslation("role." + a.role()))
                        .withProperty("belongs", UserListView::belongsTo)
                        .withProperty("status", a -> UserActions.status(a, this::getTranslation)))
                .setHeader(getTranslation("nav.users"));
        card.setVisible(false);
        Narrow.track(this, narrow -> {
            wide.forEach(c -> c.setVisible(!narrow));
            card.setVisible(narrow);
        });
        grid.setItems(
                q -> accounts.page(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> accounts.count(search.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        setSizeFull();
        add(
                new H2(getTranslation("nav.users")),
                new Paragraph(getTranslation(admin ? "user.intro" : "user.intro.intermediary")),
                bar,
                grid);
    }

    private String nameWithKana(Account a) {
        return a.kana() == null ? a.displayName() : a.displayName() + "（" + a.kana() + "）";
    }

    private static String belongsTo(Account a) {
        return a.facilityName() != null ? a.facilityName() : a.organisation() == null ? "" : a.organisation();
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
