package jp.tsunagu.facility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.RowError;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Uploads;
import jp.tsunagu.facility.FacilityImport;
import jp.tsunagu.facility.FacilityImport.Preview;
import jp.tsunagu.security.AppRoles;

/**
 * Loading a prefecture's facilities from CSV: upload, see what would be added and every row's problems,
 * then import all of it, or nothing.
 */
@Route("facilities/import")
@RolesAllowed(AppRoles.INTERMEDIARY)
@SuppressWarnings("removal")
class FacilityImportView extends VerticalLayout implements HasDynamicTitle {

    private final FacilityImport importer;
    final Paragraph summary = new Paragraph();
    final Grid<RowError> errors;
    final Button confirm = new Button();
    final Upload upload;
    byte[] content;

    FacilityImportView(FacilityImport importer) {
        this.importer = importer;
        setMaxWidth("64em");
        upload = Uploads.csv("facility-upload", FacilityImport.MAX_BYTES, this::preview, this::getTranslation);
        summary.setId("import-summary");
        errors = Uploads.errors("import-errors", this::getTranslation);
        confirm.setText(getTranslation("import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setId("import-confirm");
        confirm.addClickListener(e -> {
            int added = importer.importAll(content, getLocale());
            Notifications.success(getTranslation("import.done", added));
            getUI().ifPresent(ui -> ui.navigate(FacilityListView.class));
        });
        add(new Paragraph(getTranslation("import.explain")), upload, summary, errors, confirm);
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
            return;
        }
        summary.setText(
                p.importable()
                        ? getTranslation("import.ready", p.rows(), p.charset().displayName())
                        : getTranslation("import.blocked", p.errors().size(), p.rows()));
        errors.setItems(p.errors());
        errors.setVisible(!p.errors().isEmpty());
        confirm.setEnabled(p.importable());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facility.import");
    }
}
