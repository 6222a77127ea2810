package jp.tsunagu.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.DocumentRow;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.documents.VersionRow;
import jp.tsunagu.documents.Visibility;

/** One file in a documents panel: its name (a download), visibility, newest version's facts, preview, delete, history. */
class DocumentLine extends Div {

    private final DocumentService documents;
    private final Runnable changed;

    DocumentLine(
            DocumentService documents, DocumentRow doc, boolean wholeDeal, boolean facilityViewer, Runnable changed) {
        this.documents = documents;
        this.changed = changed;
        addClassName("document-row");
        getElement().setAttribute("data-document", String.valueOf(doc.id()));
        VersionRow newest = doc.newest();
        Div title = new Div();
        title.addClassName("document-title");
        if (doc.deleted()) {
            addClassName("deleted");
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
        add(title);
        if (badges.getComponentCount() > 0) {
            add(badges);
        }
        add(facts);
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
            add(actions);
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
            add(details);
        }
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
            changed.run();
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
}
