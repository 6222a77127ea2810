package jp.tsunagu.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;

import jp.tsunagu.base.RowError;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;

/** File uploads in the office's language. */
public final class Uploads {

    private Uploads() {
    }

    /** The list of an import's problems by line and column, hidden until there are some. */
    public static Grid<RowError> errors(String id, Function<String, String> t) {
        Grid<RowError> errors = new Grid<>();
        errors.setId(id);
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(RowError::line).setHeader(t.apply("import.line")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(RowError::column).setHeader(t.apply("import.column")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(RowError::message).setHeader(t.apply("import.problem")).setFlexGrow(1);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        return errors;
    }

    /**
     * An upload for one CSV file of at most {@code maxBytes}, in the office's language, that hands the file's bytes
     * to {@code onFile}; a file it cannot take (too large, not CSV, unreadable) is refused with a notice.
     */
    @SuppressWarnings("removal")
    public static Upload csv(String id, int maxBytes, Consumer<byte[]> onFile, Function<String, String> t) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(maxBytes);
        upload.setId(id);
        upload.setI18n(i18n(t));
        upload.addSucceededListener(e -> {
            try {
                onFile.accept(buffer.getInputStream().readAllBytes());
            } catch (IOException ex) {
                Notifications.error(t.apply("import.unreadable"));
            }
        });
        upload.addFileRejectedListener(e -> Notifications.error(t.apply("import.rejected")));
        return upload;
    }

    /** The upload control's own texts, which Vaadin ships in English only. */
    public static UploadI18N i18n(Function<String, String> t) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("upload.drop"))
                .setMany(t.apply("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("upload.add"))
                .setMany(t.apply("upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t.apply("import.rejected"))
                .setFileIsTooBig(t.apply("import.rejected")).setIncorrectFileType(t.apply("import.rejected")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("upload.connecting"))
                        .setStalled(t.apply("upload.stalled")).setProcessing(t.apply("upload.processing"))
                        .setHeld(t.apply("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.apply("upload.remaining"))
                        .setUnknown(t.apply("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.apply("upload.failed"))
                        .setUnexpectedServerError(t.apply("upload.failed"))
                        .setForbidden(t.apply("upload.failed"))));
        i18n.setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
