package jp.tsunagu.documents;

import jakarta.servlet.MultipartConfigElement;
import jp.tsunagu.base.TsunaguProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's limits on an upload, from the largest file anyone may upload (a document): every part goes
 * to a temporary file as it arrives (threshold 0), never whole into memory; each screen and service checks its own,
 * smaller limit again while reading (CSV imports: 1–10 MB).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(TsunaguProperties props) {
        DataSize maxFile = props.documents().maxFileSize();
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(
                DataSize.ofBytes(maxFile.toBytes() + DataSize.ofMegabytes(1).toBytes()));
        factory.setMaxRequestSize(
                DataSize.ofBytes(maxFile.toBytes() + DataSize.ofMegabytes(2).toBytes()));
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }
}
