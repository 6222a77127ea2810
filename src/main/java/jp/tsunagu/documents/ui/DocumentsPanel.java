package jp.tsunagu.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Embeddable;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Uploads;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.DocumentRow;
import jp.tsunagu.documents.DocumentService;
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
        UploadI18N i18n = Uploads.i18n(this::getTranslation, tooLarge);
        i18n.setAddFiles(new UploadI18N.AddFiles()
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
        rows.forEach(r -> list.add(new DocumentLine(documents, r, wholeDeal, facilityViewer, this::refresh)));
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
