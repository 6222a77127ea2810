package jp.tsunagu.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the upload limit is refused while the request is read, before any controller is chosen, so the API's
 * own error advice (scoped to its controllers) never sees it: this one answers it, as 413 with the limit in words.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitErrors {

    private final long maxMegabytes;

    UploadLimitErrors(TsunaguProperties props) {
        DataSize maxFile = props.documents().maxFileSize();
        this.maxMegabytes = maxFile.toMegabytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String message = TsunaguI18NProvider.translate("document.tooLarge", ApiErrors.language(request), maxMegabytes);
        return ApiErrors.problem(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of("file: " + message));
    }
}
