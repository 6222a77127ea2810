package jp.tsunagu.documents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.security.UserDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The links the screens and the notices' mail give to a document: for a signed-in person (after the login page when
 * they are not), checked by the same rules as the API. A file the person may not see is "not found".
 */
@Controller
class DocumentDownloads {

    private final DocumentService documents;
    private final UserDirectory users;

    DocumentDownloads(DocumentService documents, UserDirectory users) {
        this.documents = documents;
        this.users = users;
    }

    @GetMapping({"/files/{id}", "/files/{id}/v/{version}"})
    void download(
            @PathVariable long id,
            @PathVariable(required = false) Integer version,
            @RequestParam(defaultValue = "false") boolean inline,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        try {
            documents.download(id, version, file -> open(file, inline, response));
        } catch (UserFacingException e) {
            if (response.isCommitted()) {
                return;
            }
            // In the person's own language, as their screens are.
            Locale locale = request.getUserPrincipal() != null
                            && "en"
                                    .equals(users.languageOf(
                                            request.getUserPrincipal().getName()))
                    ? Locale.ENGLISH
                    : TsunaguI18NProvider.JAPANESE;
            response.reset();
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/html;charset=UTF-8");
            String message = TsunaguI18NProvider.translate(e.messageKey(), locale, e.params());
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + escape(message)
                            + "</title></head>"
                            + "<body style=\"font-family:sans-serif;margin:2rem\"><h1 style=\"font-size:1.25rem\">"
                            + escape(message)
                            + "</h1><p><a href=\"" + request.getContextPath() + "/\">"
                            + escape(TsunaguI18NProvider.translate("document.backHome", locale))
                            + "</a></p></body></html>");
        }
    }

    /** The response's headers, once the file is known: its Japanese name kept (RFC 6266 / 5987). */
    static OutputStream open(DocumentFile file, boolean inline, HttpServletResponse response) {
        boolean showInPage = inline && previewable(file.contentType());
        response.setContentType(showInPage ? file.contentType() : "application/octet-stream");
        response.setContentLengthLong(file.sizeBytes());
        ContentDisposition disposition = (showInPage ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8)
                .build();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (showInPage) {
            // The preview shows it in a frame of Tsunagu's own page (X-Frame-Options: the security config); no
            // other site may frame it.
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        }
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean previewable(String type) {
        return type.equals("application/pdf")
                || type.equals("image/png")
                || type.equals("image/jpeg")
                || type.equals("image/gif")
                || type.equals("image/webp");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
