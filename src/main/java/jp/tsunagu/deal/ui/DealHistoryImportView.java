package jp.tsunagu.deal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.RowError;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Uploads;
import jp.tsunagu.deal.DealHistoryImport;
import jp.tsunagu.deal.DealHistoryImport.Preview;
import jp.tsunagu.deal.DealHistoryImport.Row;
import jp.tsunagu.security.AppRoles;

/**
 * Loading an office's past deals from CSV: upload, see the deals it would add and every row's problems, then
 * import all of it, or nothing; the KPI dashboard shows them at once.
 */
@Route("deals/history")
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
@SuppressWarnings("removal")
class DealHistoryImportView extends VerticalLayout implements HasDynamicTitle {

    static final int PREVIEW_ROWS = 100;

    private final DealHistoryImport importer;
    final Paragraph summary = new Paragraph();
    final Grid<RowError> errors;
    final Grid<Row> rows = new Grid<>();
    final H2 rowsTitle = new H2();
    final Button confirm = new Button();
    final Upload upload;
    byte[] content;

    DealHistoryImportView(DealHistoryImport importer) {
        this.importer = importer;
        setMaxWidth("72em");
        upload = Uploads.csv("history-upload", DealHistoryImport.MAX_BYTES, this::preview, this::getTranslation);
        summary.setId("history-summary");
        errors = Uploads.errors("history-errors", this::getTranslation);
        rows.setId("history-rows");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rows.addColumn(Row::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(Row::customer)
                .setHeader(getTranslation("kpi.col.customer"))
                .setAutoWidth(true);
        rows.addColumn(Row::title).setHeader(getTranslation("kpi.col.deal")).setAutoWidth(true);
        rows.addColumn(r -> getTranslation("category." + r.category().name()))
                .setHeader(getTranslation("kpi.col.category"))
                .setAutoWidth(true);
        rows.addColumn(r -> getTranslation("stage." + r.stageReached().name()))
                .setHeader(getTranslation("kpi.col.stageReached"))
                .setAutoWidth(true);
        rows.addColumn(r -> Formats.yen(r.demandAmount()))
                .setHeader(getTranslation("kpi.col.demand"))
                .setAutoWidth(true);
        rows.addColumn(r -> r.orderedOn() == null ? "" : Formats.yen(r.orderedAmount()))
                .setHeader(getTranslation("kpi.col.ordered"))
                .setAutoWidth(true);
        rows.addColumn(r -> Formats.date(r.leadOn()))
                .setHeader(getTranslation("kpi.col.leadOn"))
                .setAutoWidth(true);
        rows.addColumn(r -> Formats.date(r.orderedOn()))
                .setHeader(getTranslation("kpi.col.orderedOn"))
                .setAutoWidth(true);
        rows.addColumn(r -> Formats.date(r.lostOn()))
                .setHeader(getTranslation("kpi.col.lostOn"))
                .setAutoWidth(true);
        rows.setAllRowsVisible(true);
        rows.setVisible(false);
        rowsTitle.setText(getTranslation("history.preview"));
        rowsTitle.setVisible(false);
        confirm.setText(getTranslation("import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setDisableOnClick(true);
        confirm.setId("history-confirm");
        confirm.addClickListener(e -> {
            try {
                int added = importer.importAll(content, getLocale());
                Notifications.success(getTranslation("history.done", added));
                getUI().ifPresent(ui -> ui.navigate("kpi"));
            } catch (UserFacingException refusal) {
                Notifications.error(getTranslation(refusal.messageKey(), refusal.params()));
            }
        });
        add(new Paragraph(getTranslation("history.explain")), upload, summary, errors, confirm, rowsTitle, rows);
    }

    void preview(byte[] bytes) {
        content = bytes;
        Preview p;
        try {
            p = importer.preview(bytes, getLocale());
        } catch (UserFacingException refusal) {
            summary.setText(getTranslation(refusal.messageKey(), refusal.params()));
            confirm.setEnabled(false);
            errors.setVisible(false);
            rows.setVisible(false);
            rowsTitle.setVisible(false);
            return;
        }
        summary.setText(
                p.importable()
                        ? getTranslation(
                                "history.ready",
                                p.rows().size(),
                                p.newCustomers(),
                                p.charset().displayName())
                        : getTranslation(
                                "history.blocked", p.errors().size(), p.rows().size()));
        errors.setItems(p.errors());
        errors.setVisible(!p.errors().isEmpty());
        rows.setItems(p.rows().stream().limit(PREVIEW_ROWS).toList());
        rows.setVisible(p.importable());
        rowsTitle.setVisible(p.importable());
        confirm.setEnabled(p.importable());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }
}
