package jp.tsunagu.deal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Grids;
import jp.tsunagu.deal.DealFilter;
import jp.tsunagu.deal.DealListItem;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/** All deals, filtered and sorted in the database, a page at a time. */
@Route("deals")
@Menu(order = 20, icon = "vaadin:briefcase", title = "nav.deals")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class DealListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<DealStatus> status = new Select<>();
    final Select<DealStage> stage = new Select<>();
    final Select<WorkCategory> category = new Select<>();
    final Checkbox onlyMine = new Checkbox();
    final Grid<DealListItem> grid = new Grid<>();

    DealListView(DealService deals, CurrentUser currentUser) {
        setSizeFull();
        search.setPlaceholder(getTranslation("deals.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20em");
        choices(status, DealStatus.values(), "status.", "deals.allStatuses");
        status.setValue(DealStatus.OPEN);
        choices(stage, DealStage.steps().toArray(DealStage[]::new), "stage.", "inbox.allStages");
        choices(category, WorkCategory.values(), "category.", "deals.allCategories");
        onlyMine.setLabel(getTranslation("deals.onlyMine"));
        onlyMine.setVisible(currentUser.hasRole(AppRoles.DIRECTOR));

        HorizontalLayout bar = new HorizontalLayout(search, status, stage, category, onlyMine);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.setWidthFull();
        if (currentUser.hasRole(AppRoles.DIRECTOR)) {
            Button create = new Button(getTranslation("deals.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                            ui -> ui.navigate(NewDealView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-deal");
            bar.addToEnd(create);
        }

        grid.setId("deal-grid");
        grid.setPageSize(Grids.PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(DealListItem::title)
                .setHeader(getTranslation("deal.title"))
                .setSortProperty("title")
                .setFlexGrow(3);
        grid.addColumn(DealListItem::customerName)
                .setHeader(getTranslation("deal.customer"))
                .setSortProperty("customer.name")
                .setFlexGrow(2);
        grid.addColumn(d -> getTranslation("category." + d.category()))
                .setHeader(getTranslation("deal.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Badges.column(d -> Badges.Look.of(
                        getTranslation("stage." + d.stage()),
                        "stage",
                        "party-" + d.stage().party().name().toLowerCase())))
                .setHeader(getTranslation("deal.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Badges.column(d -> Badges.Look.of(
                        getTranslation("status." + d.status()),
                        "status-" + d.status().name().toLowerCase())))
                .setHeader(getTranslation("deal.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> Formats.yen(d.monthlyAmount()))
                .setHeader(getTranslation("deal.monthlyAmount"))
                .setSortProperty("monthlyAmount")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> Formats.dateTime(d.updatedAt()))
                .setHeader(getTranslation("deal.updatedAt"))
                .setSortProperty("updatedAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                q ->
                        deals
                                .page(
                                        filter(),
                                        q.getOffset(),
                                        q.getLimit(),
                                        VaadinSpringDataHelpers.toSpringDataSort(q))
                                .stream(),
                q -> deals.count(filter()));
        grid.setEmptyStateText(getTranslation("deals.empty"));
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("deals/" + e.getItem().id())));
        grid.setSizeFull();

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stage.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        onlyMine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(bar, grid);
    }

    private <T extends Enum<T>> void choices(Select<T> select, T[] values, String prefix, String allKey) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(allKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(allKey) : getTranslation(prefix + v.name()));
    }

    DealFilter filter() {
        return new DealFilter(
                search.getValue(), status.getValue(), stage.getValue(), category.getValue(), onlyMine.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.deals");
    }
}
