package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jp.tsunagu.ops.Backups;
import jp.tsunagu.ops.Backups.Backup;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backups of the embedded database (admins): the list, one made now, and a download to keep elsewhere. */
@RestController
@RequestMapping("/api/backups")
@Tag(name = "Backups")
class BackupApi {

    private final Backups backups;

    BackupApi(Backups backups) {
        this.backups = backups;
    }

    @GetMapping
    @Operation(summary = "The backups kept, newest first")
    List<Backup> list() {
        return backups.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Makes a backup of the whole state now")
    Backup create() {
        return backups.backUpNow();
    }

    @GetMapping("/{name}")
    @Operation(summary = "Downloads one backup (a zip of the database's data directory)")
    ResponseEntity<Resource> download(@PathVariable String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(new FileSystemResource(backups.file(name)));
    }
}
