package jp.tsunagu.facility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.base.ui.LimitedUpload;
import jp.tsunagu.deal.DealHistoryImport;
import jp.tsunagu.facility.FacilityImport;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletRegistrationBean;

/**
 * Upload limits hold on the server, whatever the browser sends: the servlet container takes files up to the largest
 * limit a screen states (and writes them to disk as they arrive), and each screen's handler refuses a larger file with
 * the screen's message, reading at most one byte past its limit.
 */
class UploadLimitsTest extends KaribuTest {

    /** Vaadin mapped at the root receives its requests through Spring's dispatcher, which parses multipart bodies. */
    @Autowired
    DispatcherServletRegistrationBean dispatcher;

    @Test
    void the_servlet_takes_the_largest_stated_limit_and_keeps_no_upload_in_memory() {
        MultipartConfigElement multipart = dispatcher.getMultipartConfig();
        assertThat(multipart).isNotNull();
        assertThat(multipart.getMaxFileSize())
                .isGreaterThanOrEqualTo(DealHistoryImport.MAX_BYTES)
                .isGreaterThanOrEqualTo(FacilityImport.MAX_BYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(DealHistoryImport.MAX_BYTES);
        assertThat(multipart.getFileSizeThreshold())
                .as("every part goes to a temporary file")
                .isZero();
    }

    @Test
    void a_file_over_the_screens_limit_is_refused_on_the_server_with_the_screens_message() throws Exception {
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("facilities/import");
        Upload upload = _get(FacilityImportView.class).upload;
        LimitedUpload handler = ComponentUtil.getData(upload, LimitedUpload.class);

        // Declared larger than 5 MB: refused before a byte is read.
        Endless declared = new Endless();
        handler.handleUploadRequest(event(upload, declared, FacilityImport.MAX_BYTES + 1L));
        MockVaadin.clientRoundtrip();
        NotificationsKt.expectNotifications("CSVファイル（5MBまで）を選んでください");
        assertThat(declared.read.get()).isZero();

        // Declared small, but the body goes on: reading stops one byte past the limit.
        Endless lying = new Endless();
        handler.handleUploadRequest(event(upload, lying, 1024));
        MockVaadin.clientRoundtrip();
        NotificationsKt.expectNotifications("CSVファイル（5MBまで）を選んでください");
        assertThat(lying.read.get()).isEqualTo(FacilityImport.MAX_BYTES + 1L);
    }

    @Test
    void a_file_within_the_limit_reaches_the_screen() throws Exception {
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        navigate("facilities/import");
        FacilityImportView view = _get(FacilityImportView.class);
        byte[] csv = ("事業所名,種別,市町村\n" + TestData.unique("上限内") + ",B,静岡市\n").getBytes(StandardCharsets.UTF_8);
        ComponentUtil.getData(view.upload, LimitedUpload.class)
                .handleUploadRequest(event(view.upload, new ByteArrayInputStream(csv), csv.length));
        MockVaadin.clientRoundtrip();
        assertThat(view.summary.getText()).isEqualTo("1件の事業所を取り込めます（文字コード：UTF-8）");
    }

    private static UploadEvent event(Upload upload, InputStream body, long declared) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        return new UploadEvent(
                request,
                null,
                VaadinSession.getCurrent(),
                "facilities.csv",
                declared,
                "text/csv",
                upload.getElement(),
                null,
                new BodyPart(body, declared));
    }

    /** A body that never ends, counting what is read of it. */
    private static final class Endless extends InputStream {
        final AtomicLong read = new AtomicLong();

        @Override
        public int read() {
            read.incrementAndGet();
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'a');
            read.addAndGet(len);
            return len;
        }
    }

    /** The part of a multipart request as the servlet container hands it over. */
    private record BodyPart(InputStream body, long size) implements Part {
        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public String getContentType() {
            return "text/csv";
        }

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getSubmittedFileName() {
            return "facilities.csv";
        }

        @Override
        public long getSize() {
            return size;
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {}

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
