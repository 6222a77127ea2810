package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jp.tsunagu.comments.CommentRow;
import jp.tsunagu.comments.CommentService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Comments on a deal; "@login" in the text tells that person. */
@RestController
@Tag(name = "Comments")
class CommentApi {

    private final CommentService comments;

    CommentApi(CommentService comments) {
        this.comments = comments;
    }

    record NewComment(String text) {}

    @GetMapping("/api/deals/{dealId}/comments")
    @Operation(summary = "A deal's comments, oldest first")
    List<CommentRow> of(@PathVariable long dealId) {
        return comments.of(dealId);
    }

    @PostMapping("/api/deals/{dealId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comments on a deal; each office person named with @login is notified")
    CommentRow post(@PathVariable long dealId, @RequestBody NewComment comment) {
        return comments.post(dealId, comment == null ? null : comment.text());
    }
}
