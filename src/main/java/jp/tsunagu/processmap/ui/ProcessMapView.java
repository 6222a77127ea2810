package jp.tsunagu.processmap.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.processmap.MapProcess;
import jp.tsunagu.processmap.ProcessMap;
import jp.tsunagu.processmap.ProcessMap.ActivityLoad;
import jp.tsunagu.security.AppRoles;

/**
 * The live process map for supervisors: the BPMN diagram itself with, on every activity, its open tasks, the at-risk
 * and breached among them and the period's median time there; coloured by load or by breach share. A click on an
 * activity lists its deals. The same figures stand in a table beside it, for reading rather than looking.
 */
@Route("process-map")
@Menu(order = 41, icon = "vaadin:sitemap", title = "nav.processMap")
@RolesAllowed(AppRoles.SUPERVISOR)
class ProcessMapView extends VerticalLayout implements HasDynamicTitle {

    final Select<MapProcess> process = new Select<>();
    final Select<WorkCategory> category = new Select<>();
    final Select<Party> party = new Select<>();
    final RadioButtonGroup<String> colourBy = new RadioButtonGroup<>();
    final DatePicker from;
    final DatePicker to;
    final BpmnDiagram diagram = new BpmnDiagram();
    final Grid<ActivityLoad> table = new Grid<>();
    final Grid<ProcessMap.DealAt> deals = new Grid<>();
    final H2 dealsTitle = new H2();
    private final ProcessMap map;
    private String activity;

    ProcessMapView(ProcessMap map, Clock clock) {
        this.map = map;
        setWidthFull();
        process.setLabel(getTranslation("map.process"));
        process.setItems(MapProcess.values());
        process.setItemLabelGenerator(p -> getTranslation("map.process." + p));
        process.setValue(MapProcess.PIPELINE);
        process.setId("map-process");
        category.setLabel(getTranslation("kpi.category"));
        category.setItems(WorkCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("kpi.all"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("kpi.all") : getTranslation("category." + c));
        category.setId("map-category");
        party.setLabel(getTranslation("map.party"));
        party.setItems(Party.COMPANY, Party.INTERMEDIARY, Party.FACILITY, Party.JOINT);
        party.setEmptySelectionAllowed(true);
        party.setEmptySelectionCaption(getTranslation("kpi.all"));
        party.setItemLabelGenerator(p -> p == null ? getTranslation("kpi.all") : getTranslation("party." + p));
        party.setId("map-party");
        colourBy.setLabel(getTranslation("map.colourBy"));
        colourBy.setItems("load", "breach");
        colourBy.setItemLabelGenerator(c -> getTranslation("map.colourBy." + c));
        colourBy.setValue("load");
        colourBy.setId("map-colour");
        LocalDate today = LocalDate.now(clock);
        from = DatePickers.create(getTranslation("sla.monitor.from"), getLocale());
        to = DatePickers.create(getTranslation("sla.monitor.to"), getLocale());
        from.setValue(FiscalYears.startOf(today));
        to.setValue(today);
        List.of(process, category, party).forEach(s -> s.addValueChangeListener(e -> refresh()));
        colourBy.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(process, category, party, from, to, colourBy);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        Paragraph explain = new Paragraph(getTranslation("map.explain"));
        explain.addClassName("muted");

        table.setId("map-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.addColumn(l -> activityName(l.activityId()))
                .setHeader(getTranslation("map.activity"))
                .setKey("activity");
        table.addColumn(ActivityLoad::open)
                .setHeader(getTranslation("map.open"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("open");
        table.addColumn(ActivityLoad::atRisk)
                .setHeader(getTranslation("map.atRisk"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("atRisk");
        table.addColumn(ActivityLoad::breached)
                .setHeader(getTranslation("map.breached"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("breached");
        table.addColumn(l -> l.medianDays() == null ? "—" : getTranslation("map.days", l.medianDays()))
                .setHeader(getTranslation("map.median"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("median");
        table.addItemClickListener(e -> showDeals(e.getItem().activityId()));

        deals.setId("map-deals");
        deals.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        deals.addColumn(ProcessMap.DealAt::title)
                .setHeader(getTranslation("deal.title"))
                .setFlexGrow(3);
        deals.addColumn(ProcessMap.DealAt::customer)
                .setHeader(getTranslation("deal.customer"))
                .setFlexGrow(2);
        deals.addColumn(d -> Formats.dateTime(d.since()))
                .setHeader(getTranslation("map.since"))
                .setAutoWidth(true);
        deals.addColumn(d -> d.state() == null ? "" : getTranslation("sla.state." + d.state()))
                .setHeader(getTranslation("map.state"))
                .setAutoWidth(true);
        deals.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("deals/" + e.getItem().dealId())));
        deals.setAllRowsVisible(true);
        deals.setVisible(false);
        dealsTitle.setVisible(false);
        diagram.onActivityClick(this::showDeals);
        add(filters, explain, diagram, table, dealsTitle, deals);
        refresh();
    }

    void refresh() {
        Map<String, ActivityLoad> loads =
                map.loads(process.getValue(), category.getValue(), party.getValue(), from.getValue(), to.getValue());
        String xml = map.xml(process.getValue());
        List<ActivityLoad> rows = Arrays.stream(PipelineTask.values())
                .filter(t -> xml.contains("id=\"" + t.taskKey() + "\""))
                .map(t -> loads.getOrDefault(t.taskKey(), new ActivityLoad(t.taskKey(), 0, 0, 0, null)))
                .toList();
        table.setItems(rows);
        diagram.show(xml, MapOverlays.json(rows, colourBy.getValue(), this));
        if (activity != null) {
            showDeals(activity);
        }
    }

    void showDeals(String activityId) {
        this.activity = activityId;
        List<ProcessMap.DealAt> at = map.dealsAt(process.getValue(), activityId, category.getValue(), party.getValue());
        dealsTitle.setText(getTranslation("map.dealsAt", activityName(activityId), at.size()));
        dealsTitle.setVisible(true);
        deals.setItems(at);
        deals.setVisible(!at.isEmpty());
    }

    String activityName(String activityId) {
        return PipelineTask.byTaskKey(activityId)
                .map(t -> t.stage() == null ? activityId : getTranslation("stage." + t.stage()))
                .orElse(activityId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.processMap");
    }
}
