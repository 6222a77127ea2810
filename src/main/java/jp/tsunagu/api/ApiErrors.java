package jp.tsunagu.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the API as JSON with a message a person can act on ({@code status}, {@code message}, and for
 * invalid fields {@code errors}); never a stack trace. Messages are Japanese unless the client asks for English.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** An error response. */
    record Problem(int status, String message, List<String> errors) {}

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Problem> refused(UserFacingException e, HttpServletRequest request) {
        HttpStatus status = e.messageKey().endsWith("notFound") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        String message = TsunaguI18NProvider.translate(e.messageKey(), language(request), e.params());
        return problem(status, message, e.field() == null ? List.of() : List.of(e.field() + ": " + message));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Problem> invalid(ConstraintViolationException e, HttpServletRequest request) {
        List<String> errors = e.getConstraintViolations().stream()
                .map(v -> last(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .toList();
        return problem(HttpStatus.BAD_REQUEST, t("api.invalid", request), errors);
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    ResponseEntity<Problem> unreadable(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, t("api.unreadable", request), List.of());
    }

    /** An upload without its file part. */
    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<Problem> noFile(Exception e, HttpServletRequest request) {
        String message = t("document.file.required", request);
        return problem(HttpStatus.BAD_REQUEST, message, List.of("file: " + message));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Problem> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, t("api.forbidden", request), List.of());
    }

    @ExceptionHandler({NoResourceFoundException.class})
    ResponseEntity<Problem> notFound(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, t("api.notFound", request), List.of());
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Problem> wrongMethod(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, t("api.unreadable", request), List.of());
    }

    /**
     * The database is unreachable (or went away mid-request), or every connection stayed busy: try again later; the
     * app reconnects by itself.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<Problem> databaseDown(Exception e, HttpServletRequest request) {
        String key = jp.tsunagu.base.DatabaseTrouble.messageKey(e);
        log.warn(
                "API request failed: {} ({})",
                jp.tsunagu.base.DatabaseTrouble.BUSY.equals(key)
                        ? "no database connection free"
                        : "database unreachable",
                e.getMessage());
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                t(key == null ? jp.tsunagu.base.DatabaseTrouble.UNREACHABLE : key, request),
                List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> failed(Exception e, HttpServletRequest request) {
        log.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, t("api.failed", request), List.of());
    }

    private static ResponseEntity<Problem> problem(HttpStatus status, String message, List<String> errors) {
        return ResponseEntity.status(status).body(new Problem(status.value(), message, errors));
    }

    private static String t(String key, HttpServletRequest request) {
        return TsunaguI18NProvider.translate(key, language(request));
    }

    /** Japanese, unless the client's Accept-Language asks for English first. */
    static Locale language(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? TsunaguI18NProvider.ENGLISH
                : TsunaguI18NProvider.JAPANESE;
    }

    private static String last(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
