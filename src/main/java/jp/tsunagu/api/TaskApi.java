package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.InboxSort;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.SavedFilterService;
import jp.tsunagu.pipeline.TaskBulkActions;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AbsenceService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox from outside: the caller's tasks by the same filters as the screen, claims, releases and (supervisors)
 * reassignments of several tasks with a result per task, follow-up dates, saved views, and the caller's absence.
 */
@RestController
@Tag(name = "Tasks")
class TaskApi {

    private final TaskInboxService inbox;
    private final SavedFilterService views;
    private final AbsenceService absences;
    private final TaskBulkActions bulk;

    TaskApi(TaskInboxService inbox, SavedFilterService views, AbsenceService absences, TaskBulkActions bulk) {
        this.bulk = bulk;
        this.inbox = inbox;
        this.views = views;
        this.absences = absences;
    }

    record TaskIds(List<String> taskIds) {
        List<String> ids() {
            return taskIds == null ? List.of() : taskIds;
        }
    }

    record Reassignment(List<String> taskIds, String assignee) {}

    /** One task's result; {@code message} is in Japanese, the office's language. */
    record Result(String taskId, String dealTitle, boolean done, String message) {}

    record FollowUp(LocalDate on) {}

    record View(
            String name,
            InboxScope scope,
            String text,
            DealStage stage,
            boolean overdueOnly,
            boolean dueToday,
            String sharedRole) {}

    record ViewRow(Long id, String name, String sharedRole, InboxFilter filter, int count) {}

    record AbsenceForm(String substitute, LocalDate firstDay, LocalDate lastDay) {}

    @GetMapping("/api/tasks")
    @Operation(
            summary = "The caller's inbox: MINE (with the tasks of anyone they stand in for), GROUP (unclaimed), or "
                    + "ALL (supervisors); tasks with a follow-up date ahead are left out unless includeLater")
    List<InboxTask> tasks(
            @RequestParam(defaultValue = "MINE") InboxScope scope,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) DealStage stage,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(defaultValue = "false") boolean dueToday,
            @RequestParam(defaultValue = "false") boolean includeLater,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return inbox.page(
                new InboxFilter(scope, text, stage, overdueOnly, dueToday, includeLater),
                Math.max(0, offset),
                Math.max(1, Math.min(200, limit)),
                InboxSort.DUE,
                true);
    }

    @PostMapping("/api/tasks/claim")
    @Operation(summary = "Claims each task; one already taken is reported with its reason, the others are claimed")
    List<Result> claim(@RequestBody TaskIds body) {
        return results(bulk.claimAll(body.ids()));
    }

    @PostMapping("/api/tasks/release")
    @Operation(summary = "Releases each of the caller's tasks back to its group")
    List<Result> release(@RequestBody TaskIds body) {
        return results(bulk.releaseAll(body.ids()));
    }

    @PostMapping("/api/tasks/reassign")
    @Operation(summary = "Supervisors: hands each task to someone whose role may do it")
    List<Result> reassign(@RequestBody Reassignment body) {
        return results(bulk.reassignAll(body.taskIds() == null ? List.of() : body.taskIds(), body.assignee()));
    }

    @PutMapping("/api/tasks/{id}/follow-up")
    @Operation(summary = "Sets (or with on=null clears) the task's follow-up date; due date and SLA are untouched")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void followUp(@PathVariable String id, @RequestBody FollowUp body) {
        inbox.followUp(id, body == null ? null : body.on());
    }

    @GetMapping("/api/inbox-views")
    @Operation(summary = "The caller's saved inbox views (built-in, own, published to their role) with their counts")
    List<ViewRow> views() {
        return views.mine().stream()
                .map(v -> new ViewRow(
                        v.id(),
                        v.id() == null ? TsunaguI18NProvider.translate(v.name(), Locale.JAPANESE) : v.name(),
                        v.sharedRole(),
                        v.filter(),
                        inbox.count(v.filter())))
                .toList();
    }

    @PostMapping("/api/inbox-views")
    @Operation(summary = "Saves a view for the caller or (supervisors) publishes it to a role")
    @ResponseStatus(HttpStatus.CREATED)
    ViewRow save(@RequestBody View body) {
        var saved = views.save(
                body.name(),
                new InboxFilter(
                        body.scope() == null ? InboxScope.MINE : body.scope(),
                        body.text(),
                        body.stage(),
                        body.overdueOnly(),
                        body.dueToday(),
                        false),
                body.sharedRole());
        return new ViewRow(saved.id(), saved.name(), saved.sharedRole(), saved.filter(), inbox.count(saved.filter()));
    }

    @DeleteMapping("/api/inbox-views/{id}")
    @Operation(summary = "Deletes one of the caller's saved views")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteView(@PathVariable long id) {
        views.delete(id);
    }

    @GetMapping("/api/me/absence")
    @Operation(summary = "The caller's absence with their substitute, or 204 when none is set")
    ResponseEntity<AbsenceService.Absence> absence() {
        Optional<AbsenceService.Absence> mine = absences.mine();
        return mine.map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/api/me/absence")
    @Operation(summary = "Sets the caller's absence: a substitute of the same role and the first and last day")
    AbsenceService.Absence setAbsence(@RequestBody AbsenceForm body) {
        return absences.setMine(body.substitute(), body.firstDay(), body.lastDay());
    }

    @DeleteMapping("/api/me/absence")
    @Operation(summary = "Ends the caller's absence")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearAbsence() {
        absences.clearMine();
    }

    private static List<Result> results(List<TaskBulkActions.BulkResult> results) {
        return results.stream()
                .map(r -> new Result(
                        r.taskId(),
                        r.dealTitle(),
                        r.done(),
                        TsunaguI18NProvider.translate(r.messageKey(), Locale.JAPANESE, r.params())))
                .toList();
    }
}
