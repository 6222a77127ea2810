package jp.tsunagu.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Receives one file of at most {@code maxBytes} on the server, whatever the browser let through: a file declared
 * larger is refused before it is read, and a file that turns out larger is refused after reading one byte more than
 * the limit, never more. The servlet container has already written the multipart body to a temporary file (Spring's
 * {@code spring.servlet.multipart.*}, threshold 0), so no body is held in memory whole. The person sees the screen's
 * own message for a refused file; an accepted file's bytes go to {@code onFile} in the UI's thread.
 */
public final class LimitedUpload implements UploadHandler {

    private final long maxBytes;
    private final Consumer<byte[]> onFile;
    private final Runnable onRefused;
    private final transient ThreadLocal<Boolean> refused = new ThreadLocal<>();

    public LimitedUpload(long maxBytes, Consumer<byte[]> onFile, Runnable onRefused) {
        this.maxBytes = maxBytes;
        this.onFile = onFile;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(ui);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            refuse(ui);
            return;
        }
        ui.access(() -> onFile.accept(bytes));
    }

    private void refuse(UI ui) {
        refused.set(Boolean.TRUE);
        ui.access(onRefused::run);
    }

    /** A refused file answers as failed, so the upload's own list does not show it as done. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        boolean ok = success && !Boolean.TRUE.equals(refused.get());
        refused.remove();
        UploadHandler.super.responseHandled(ok, response);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /** The file and the multipart envelope around it. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
