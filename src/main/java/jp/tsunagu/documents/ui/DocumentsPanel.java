package jp.tsunagu.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Embeddable;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Uploads;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.DocumentRow;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.documents.VersionRow;
import jp.tsunagu.documents.Visibility;

/**
 * The documents of a deal or of one part of it (an offer, a batch): the newest version of each with its history, a
 * preview of images and PDFs in the page, downloads under the file's own name, and (where the person may add files)
 * a drop zone for several files at once with their progress, and who may see them. A refused file is named beside the
 * drop zone with the reason; nothing of it is kept.
 */
@Embeddable
public class DocumentsPanel extends Div {

    private final transient DocumentService documents;
    private final AttachedTo kind;
    private final long attachedId;
    private final boolean wholeDeal;
    private final Div list = new Div();
    private final Span error = new Span();
    private volatile Visibility chosen;
    private final boolean facilityViewer;

    /** All documents of the deal the person may see; new files attach to the deal itself. */
    public static DocumentsPanel ofDeal(DocumentService documents, long dealId, boolean canUpload) {
        return new DocumentsPanel(documents, AttachedTo.DEAL, dealId, true, canUpload);
    }

    /** The documents of one part of a deal; new files attach there. */
    public static DocumentsPanel at(DocumentService documents, AttachedTo kind, long id, boolean canUpload) {
        return new DocumentsPanel(documents, kind, id, false, canUpload);
    }

    private DocumentsPanel(
            DocumentService documents, AttachedTo kind, long attachedId, boolean wholeDeal, boolean canUpload) {
        this.documents = documents;
        this.kind = kind;
        this.attachedId = attachedId;
        this.wholeDeal = wholeDeal;
        this.facilityViewer = documents.choices().equals(List.of(Visibility.FACILITIES));
        addClassName("documents-panel");
        list.addClassName("documents-list");
        add(list);
        if (canUpload) {
            add(uploadArea());
        }
        refresh();
    }

    /** A heading above the panel (sections put one, the batch cards do not). */
    public DocumentsPanel withHeading(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("documents-heading");
        addComponentAsFirst(heading);
        return this;
    }

    private Component uploadArea() {
        Div area = new Div();
        area.addClassName("documents-upload");
        List<Visibility> choices = documents.choices();
        if (choices.size() > 1) {
            RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("document.visibility"));
            visibility.addClassName("documents-visibility");
            visibility.setItems(choices);
            visibility.setItemLabelGenerator(v -> getTranslation("document.visibility." + v));
            visibility.setValue(choices.contains(Visibility.INTERMEDIARY) ? Visibility.INTERMEDIARY : choices.get(0));
            chosen = visibility.getValue();
            visibility.addValueChangeListener(e -> chosen = e.getValue());
            visibility.setRequired(true);
            area.add(visibility);
        } else {
            chosen = choices.get(0);
            Paragraph who = new Paragraph(getTranslation("document.visibility.facilityNote"));
            who.addClassName("documents-note");
            area.add(who);
        }
        Receiver receiver = new Receiver();
        Upload upload = new Upload(receiver);
        upload.addClassName("documents-drop");
        upload.setMaxFiles(20);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileBytes()));
        String tooLarge = getTranslation("document.tooLarge", documents.maxFileBytes() / (1024 * 1024));
        com.vaadin.flow.component.upload.UploadI18N i18n = Uploads.i18n(this::getTranslation, tooLarge);
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation("document.add"))
                .setMany(getTranslation("document.add")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showError(e.getFileName() + ": " + tooLarge));
        error.addClassName("documents-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Paragraph hint = new Paragraph(getTranslation("document.hint", documents.maxFileBytes() / (1024 * 1024)));
        hint.addClassName("documents-hint");
        area.add(upload, error, hint);
        return area;
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    /** Rebuilds the list from the server. */
    public void refresh() {
        list.removeAll();
        List<DocumentRow> rows = wholeDeal ? documents.ofDeal(attachedId) : documents.at(kind, attachedId);
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("document.none"));
            none.addClassName("documents-none");
            list.add(none);
            return;
        }
        rows.forEach(r -> list.add(row(r)));
    }

    private Component row(DocumentRow doc) {
        Div row = new Div();
        row.addClassName("document-row");
        row.getElement().setAttribute("data-document", String.valueOf(doc.id()));
        VersionRow newest = doc.newest();
        Div title = new Div();
        title.addClassName("document-title");
        if (doc.deleted()) {
            row.addClassName("deleted");
            Span name = new Span(doc.name());
            name.addClassName("document-name");
            title.add(
                    VaadinIcon.FILE_REMOVE.create(),
                    name,
                    Badges.of(
                            getTranslation("document.deleted", doc.deletedBy(), Formats.dateTime(doc.deletedAt())),
                            "muted"));
        } else {
            Anchor link = new Anchor("files/" + doc.id(), doc.name());
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("download", true);
            link.addClassName("document-name");
            title.add(VaadinIcon.FILE_TEXT_O.create(), link);
        }
        Span facts = new Span(getTranslation(
                "document.facts",
                newest.number(),
                size(newest.sizeBytes()),
                kindOf(newest.contentType()),
                newest.uploadedBy(),
                Formats.dateTime(newest.uploadedAt())));
        facts.addClassName("document-facts");
        Div badges = new Div();
        badges.addClassName("document-badges");
        // A facility sees only what is shared with it: the office's visibility words mean nothing there.
        if (!facilityViewer) {
            badges.add(Badges.of(
                    getTranslation(
                            doc.facilityOnly() && doc.visibility() == Visibility.FACILITIES
                                    ? "document.visibility.one"
                                    : "document.visibility." + doc.visibility()),
                    doc.visibility() == Visibility.FACILITIES ? "shared" : "internal"));
        }
        if (wholeDeal && doc.attachedTo() != AttachedTo.DEAL) {
            badges.add(Badges.of(getTranslation("document.attachedTo." + doc.attachedTo()), "muted"));
        }
        row.add(title);
        if (badges.getComponentCount() > 0) {
            row.add(badges);
        }
        row.add(facts);
        Div actions = new Div();
        actions.addClassName("document-actions");
        if (!doc.deleted() && doc.previewable()) {
            Button preview = new Button(getTranslation("document.preview"), VaadinIcon.EYE.create(), e -> preview(doc));
            preview.addClassName("document-preview");
            actions.add(preview);
        }
        if (doc.deletable()) {
            Button delete =
                    new Button(getTranslation("document.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete(doc));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClassName("document-delete");
            actions.add(delete);
        }
        if (actions.getComponentCount() > 0) {
            row.add(actions);
        }
        if (doc.versions().size() > 1) {
            Div history = new Div();
            history.addClassName("document-history");
            for (VersionRow v : doc.versions()) {
                String text = getTranslation(
                        "document.facts",
                        v.number(),
                        size(v.sizeBytes()),
                        kindOf(v.contentType()),
                        v.uploadedBy(),
                        Formats.dateTime(v.uploadedAt()));
                if (doc.deleted()) {
                    history.add(new Div(new Span(text)));
                } else {
                    Anchor link = new Anchor("files/" + doc.id() + "/v/" + v.number(), text);
                    link.getElement().setAttribute("router-ignore", true);
                    link.getElement().setAttribute("download", true);
                    history.add(new Div(link));
                }
            }
            Details details = new Details(
                    getTranslation("document.history", doc.versions().size()), history);
            details.addClassName("document-history-toggle");
            row.add(details);
        }
        return row;
    }

    private void preview(DocumentRow doc) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(doc.name());
        dialog.addClassName("document-preview-dialog");
        String src = "files/" + doc.id() + "?inline=true";
        Component body;
        if (doc.newest().contentType().equals("application/pdf")) {
            IFrame frame = new IFrame(src);
            frame.setTitle(doc.name());
            frame.addClassName("document-preview-frame");
            body = frame;
        } else {
            Image image = new Image(src, doc.name());
            image.addClassName("document-preview-image");
            body = image;
        }
        dialog.add(body);
        Anchor download = new Anchor("files/" + doc.id(), getTranslation("document.download"));
        download.getElement().setAttribute("router-ignore", true);
        download.getElement().setAttribute("download", true);
        Button close = new Button(getTranslation("document.close"), e -> dialog.close());
        dialog.getFooter().add(download, close);
        dialog.setWidth("min(960px, 96vw)");
        dialog.setHeight("90vh");
        dialog.open();
    }

    private void confirmDelete(DocumentRow doc) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("document.delete.title"));
        dialog.add(new Paragraph(getTranslation("document.delete.confirm", doc.name())));
        Button delete = new Button(getTranslation("document.delete"), e -> {
            try {
                documents.delete(doc.id());
                Notifications.success(getTranslation("document.deletedNotice", doc.name()));
            } catch (UserFacingException refusal) {
                Notifications.error(getTranslation(refusal.messageKey(), refusal.params()));
            }
            dialog.close();
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClassName("document-delete-confirm");
        dialog.getFooter().add(new Button(getTranslation("document.cancel"), e -> dialog.close()), delete);
        dialog.open();
    }

    private String kindOf(String contentType) {
        String key = "document.type."
                + switch (contentType) {
                    case "application/pdf" -> "pdf";
                    case "image/png", "image/jpeg", "image/gif", "image/webp" -> "image";
                    case "text/csv" -> "csv";
                    case "text/plain" -> "text";
                    default -> contentType.contains("spreadsheet") || contentType.contains("excel")
                            ? "sheet"
                            : contentType.contains("word")
                                    ? "word"
                                    : contentType.contains("presentation") || contentType.contains("powerpoint")
                                            ? "slides"
                                            : contentType.contains("zip") ? "zip" : "other";
                };
        return getTranslation(key);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.0f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Streams each file the browser sends straight to the documents, in the upload's own request. */
    private final class Receiver implements UploadHandler {

        private final transient ThreadLocal<Boolean> refused = new ThreadLocal<>();

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            try (InputStream in = event.getInputStream()) {
                DocumentRow row = documents.upload(kind, attachedId, fileName, chosen, in);
                ui.access(() -> {
                    error.setVisible(false);
                    refresh();
                    Notifications.success(getTranslation(
                            row.versions().size() > 1 ? "document.versionAdded" : "document.added",
                            row.name(),
                            row.newest().number()));
                });
            } catch (UserFacingException refusal) {
                refused.set(Boolean.TRUE);
                ui.access(() -> showError(fileName + ": " + getTranslation(refusal.messageKey(), refusal.params())));
            }
        }

        /** A refused file answers as failed, so the upload's own list marks it. */
        @Override
        public void responseHandled(boolean success, VaadinResponse response) {
            boolean ok = success && !Boolean.TRUE.equals(refused.get());
            refused.remove();
            UploadHandler.super.responseHandled(ok, response);
        }

        @Override
        public long getFileSizeMax() {
            return documents.maxFileBytes();
        }

        @Override
        public long getRequestSizeMax() {
            return documents.maxFileBytes() + 64 * 1024;
        }
    }
}
