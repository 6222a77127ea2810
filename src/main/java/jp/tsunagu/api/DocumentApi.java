package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.DocumentRow;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.documents.Visibility;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a deal: list, upload (multipart; the same name at the same place adds a version), download (the
 * file's own name kept), new version, delete. The same rules as the screens: a document the caller may not see, or a
 * place they may not see, is not found.
 */
@RestController
@Tag(name = "Documents")
class DocumentApi {

    private final DocumentService documents;

    DocumentApi(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/api/deals/{dealId}/documents")
    @Operation(summary = "Every document of a deal the caller may see, wherever it is attached")
    List<DocumentRow> ofDeal(@PathVariable long dealId) {
        return documents.ofDeal(dealId);
    }

    @GetMapping("/api/documents")
    @Operation(
            summary = "The documents at one place: attachedTo DEAL (id = the deal), OFFER, BATCH, QUESTION, "
                    + "BRIEFING or INSPECTION")
    List<DocumentRow> at(@RequestParam AttachedTo attachedTo, @RequestParam long id) {
        return documents.at(attachedTo, id);
    }

    @PostMapping(value = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Uploads a file to a place; visibility COMPANY, INTERMEDIARY or FACILITIES (a facility's "
                            + "files are always its own and the office's). A file of the same name there becomes its new version")
    DocumentRow upload(
            @RequestParam AttachedTo attachedTo,
            @RequestParam long id,
            @RequestParam(required = false) Visibility visibility,
            @RequestPart("file") MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return documents.upload(attachedTo, id, file.getOriginalFilename(), visibility, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "One document with its versions, newest first")
    DocumentRow one(@PathVariable long id) {
        return documents.one(id);
    }

    @GetMapping("/api/documents/{id}/content")
    @Operation(summary = "The file (the newest version, or ?version=n), with its own name in Content-Disposition")
    void content(@PathVariable long id, @RequestParam(required = false) Integer version, HttpServletResponse response)
            throws IOException {
        documents.download(id, version, file -> {
            response.setContentType(file.contentType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(file.sizeBytes());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(file.name(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping(value = "/api/documents/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Uploads a new version of a document, under its name")
    DocumentRow newVersion(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return documents.newVersion(id, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DeleteMapping("/api/documents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a document (its first uploader or an admin); it stays in the history as deleted")
    void delete(@PathVariable long id) {
        documents.delete(id);
    }
}
