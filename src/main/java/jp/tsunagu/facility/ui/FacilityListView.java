package jp.tsunagu.facility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Grids;
import jp.tsunagu.facility.FacilityImport;
import jp.tsunagu.facility.FacilityRow;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/** The facility registry: who can do what kind of work, with how many workers, from when. */
@Route("facilities")
@Menu(order = 25, icon = "vaadin:building", title = "nav.facilities")
@RolesAllowed({AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.DIRECTOR})
class FacilityListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<FacilityRow> grid = new Grid<>();

    FacilityListView(FacilityService facilities, FacilityImport csv, CurrentUser currentUser) {
        setSizeFull();
        search.setPlaceholder(getTranslation("facility.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        HorizontalLayout bar = new HorizontalLayout(search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        if (currentUser.hasRole(AppRoles.INTERMEDIARY)) {
            Button importCsv =
                    new Button(getTranslation("facility.import"), VaadinIcon.UPLOAD.create(), e -> getUI().ifPresent(
                                    ui -> ui.navigate(FacilityImportView.class)));
            importCsv.setId("facility-import");
            Button register = new Button(
                    getTranslation("facility.register"), VaadinIcon.PLUS.create(), e -> new FacilityRegisterDialog(
                                    facilities, id -> getUI().ifPresent(ui -> ui.navigate("facilities/" + id)))
                            .open());
            register.setId("facility-register");
            bar.addToEnd(register, importCsv);
        }
        if (!currentUser.hasRole(AppRoles.DIRECTOR)) {
            Anchor export = new Anchor(
                    new StreamResource("facilities.csv", () -> new ByteArrayInputStream(csv.export(getLocale()))),
                    getTranslation("facility.export"));
            export.getElement().setAttribute("download", true);
            export.setId("facility-export");
            bar.addToEnd(export);
        }

        grid.setId("facility-grid");
        grid.setPageSize(Grids.PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(FacilityRow::name)
                .setHeader(getTranslation("facility.name"))
                .setFlexGrow(3);
        grid.addColumn(FacilityRow::municipality)
                .setHeader(getTranslation("facility.municipality"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("facilityType." + r.type()))
                .setHeader(getTranslation("facility.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::categories)
                .setHeader(getTranslation("facility.categories"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.pcWorkers() + " / " + r.lightWorkers())
                .setHeader(getTranslation("facility.workers"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> String.format("%,d", r.monthlyCapacityHours()))
                .setHeader(getTranslation("facility.capacity"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.earliestStart()))
                .setHeader(getTranslation("facility.earliestStart"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.surveyedOn() == null ? getTranslation("facility.noSurvey") : Formats.date(r.surveyedOn()))
                .setHeader(getTranslation("facility.surveyedOn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                q -> facilities.page(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> facilities.count(search.getValue()));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("facilities/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("facility.empty"));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(bar, grid);
    }

    private String categories(FacilityRow r) {
        List<String> c = new ArrayList<>();
        if (r.acceptsPc()) {
            c.add(getTranslation("category.PC"));
        }
        if (r.acceptsLight()) {
            c.add(getTranslation("category.LIGHT"));
        }
        if (r.acceptsOffsite()) {
            c.add(getTranslation("category.OFFSITE"));
        }
        return String.join("・", c);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.facilities");
    }
}
