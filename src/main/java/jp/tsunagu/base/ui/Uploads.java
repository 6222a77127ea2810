package jp.tsunagu.base.ui;

import com.vaadin.flow.component.upload.UploadI18N;

import java.util.function.Function;

/** File uploads in the office's language. */
public final class Uploads {

    private Uploads() {
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
