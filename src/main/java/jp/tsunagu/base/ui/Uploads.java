package jp.tsunagu.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.tsunagu.base.RowError;

/** File uploads in the office's language. */
public final class Uploads {

    private Uploads() {}

    /** The list of an import's problems by line and column, hidden until there are some. */
    public static Grid<RowError> errors(String id, Function<String, String> t) {
        Grid<RowError> errors = new Grid<>();
        errors.setId(id);
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(RowError::line)
                .setHeader(t.apply("import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(RowError::column)
                .setHeader(t.apply("import.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(RowError::message).setHeader(t.apply("import.problem")).setFlexGrow(1);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        return errors;
    }

    /**
     * An upload for one CSV file of at most {@code maxBytes}, in the office's language, that hands the file's bytes
     * to {@code onFile}; a file it cannot take (too large, not CSV) is refused with a notice, by the browser and again
     * by the server ({@link LimitedUpload}).
     */
    public static Upload csv(String id, int maxBytes, Consumer<byte[]> onFile, Function<String, String> t) {
        String rejected = t.apply("import.rejected").replace("{0}", String.valueOf(megabytes(maxBytes)));
        LimitedUpload handler = new LimitedUpload(maxBytes, onFile, () -> Notifications.error(rejected));
        Upload upload = new Upload(handler);
        ComponentUtil.setData(upload, LimitedUpload.class, handler);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(1);
        upload.setId(id);
        upload.setI18n(i18n(t, rejected));
        upload.addFileRejectedListener(e -> Notifications.error(rejected));
        return upload;
    }

    /** A limit in whole megabytes, as the screens state it. */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    /** The upload control's own texts, which Vaadin ships in English only. */
    public static UploadI18N i18n(Function<String, String> t, String rejected) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(
                new UploadI18N.DropFiles().setOne(t.apply("upload.drop")).setMany(t.apply("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("upload.add")).setMany(t.apply("upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(rejected)
                .setFileIsTooBig(rejected)
                .setIncorrectFileType(rejected));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t.apply("upload.connecting"))
                        .setStalled(t.apply("upload.stalled"))
                        .setProcessing(t.apply("upload.processing"))
                        .setHeld(t.apply("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t.apply("upload.remaining"))
                        .setUnknown(t.apply("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t.apply("upload.failed"))
                        .setUnexpectedServerError(t.apply("upload.failed"))
                        .setForbidden(t.apply("upload.failed"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
