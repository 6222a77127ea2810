package jp.tsunagu.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.base.DatabaseTrouble;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the API as an RFC 9457 problem ({@code application/problem+json}: {@code status}, {@code title},
 * {@code detail} with a message a person can act on, and for invalid fields {@code errors} as "field: message");
 * never a stack trace. Messages are Japanese unless the client asks for English.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e, HttpServletRequest request) {
        HttpStatus status =
                switch (e.kind()) {
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case INVALID, REFUSED -> HttpStatus.BAD_REQUEST;
                };
        String message = TsunaguI18NProvider.translate(e.messageKey(), language(request), e.params());
        return problem(status, message, e.field() == null ? List.of() : List.of(e.field() + ": " + message));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e, HttpServletRequest request) {
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
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, t("api.unreadable", request), List.of());
    }

    /** An upload without its file part. */
    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> noFile(Exception e, HttpServletRequest request) {
        String message = t("document.file.required", request);
        return problem(HttpStatus.BAD_REQUEST, message, List.of("file: " + message));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, t("api.forbidden", request), List.of());
    }

    @ExceptionHandler({NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, t("api.notFound", request), List.of());
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> wrongMethod(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, t("api.unreadable", request), List.of());
    }

    /**
     * The database is unreachable (or went away mid-request), or every connection stayed busy: try again later; the
     * app reconnects by itself.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> databaseDown(Exception e, HttpServletRequest request) {
        String key = DatabaseTrouble.messageKey(e);
        log.warn(
                "API request failed: {} ({})",
                DatabaseTrouble.BUSY.equals(key) ? "no database connection free" : "database unreachable",
                e.getMessage());
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE, t(key == null ? DatabaseTrouble.UNREACHABLE : key, request), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e, HttpServletRequest request) {
        log.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, t("api.failed", request), List.of());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message, List<String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
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
