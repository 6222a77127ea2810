package jp.tsunagu.ops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.ops.Backups;
import jp.tsunagu.ops.Backups.Backup;
import jp.tsunagu.security.AppRoles;

/** The admin's backups of the embedded database: the nightly ones, one made now, each downloadable. */
@Route("admin/backups")
@Menu(order = 96, icon = "vaadin:archive", title = "nav.backups")
@RolesAllowed(AppRoles.ADMIN)
class BackupView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Backup> grid = new Grid<>();
    final Button now = new Button();

    BackupView(Backups backups) {
        setMaxWidth("60em");
        add(new H2(getTranslation("nav.backups")));
        if (!backups.available()) {
            Pre commands = new Pre("pg_dump -Fc -h HOST -U USER -d DATABASE -f tsunagu.dump\n"
                    + "pg_restore --no-owner -h HOST -U USER -d DATABASE tsunagu.dump");
            commands.addClassName("command");
            add(new Paragraph(getTranslation("backup.external.explain")), commands);
            return;
        }
        add(new Paragraph(getTranslation("backup.explain")));
        now.setText(getTranslation("backup.now"));
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setId("backup-now");
        now.setDisableOnClick(true);
        now.addClickListener(e -> {
            try {
                Backup made = backups.backUpNow();
                Notifications.success(getTranslation("backup.done", made.name(), mb(made.bytes())));
                grid.setItems(backups.list());
            } catch (UserFacingException refusal) {
                Notifications.error(getTranslation(refusal.messageKey(), refusal.params()));
            } finally {
                now.setEnabled(true);
            }
        });
        grid.setId("backups");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(b -> Formats.dateTime(b.madeAt()))
                .setHeader(getTranslation("backup.madeAt"))
                .setAutoWidth(true);
        grid.addColumn(b -> mb(b.bytes()))
                .setHeader(getTranslation("backup.size"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(b -> download(backups, b))
                .setHeader(getTranslation("backup.file"))
                .setFlexGrow(1);
        grid.setItems(backups.list());
        grid.setEmptyStateText(getTranslation("backup.none"));
        grid.setAllRowsVisible(true);
        Pre restore = new Pre("TSUNAGU_RESTORE_FROM=data/backups/tsunagu-20261130-023000.zip mvn spring-boot:run");
        restore.addClassName("command");
        add(now, grid, new Paragraph(getTranslation("backup.restore.explain")), restore);
    }

    private Anchor download(Backups backups, Backup backup) {
        StreamResource file = new StreamResource(backup.name(), () -> {
            try {
                return Files.newInputStream(backups.file(backup.name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Anchor link = new Anchor(file, getTranslation("backup.download"));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", backup.name());
        return link;
    }

    private static String mb(long bytes) {
        return String.format("%,.1f MB", bytes / 1_048_576.0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backups");
    }
}
