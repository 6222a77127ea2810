package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.processmap.MapProcess;
import jp.tsunagu.processmap.ProcessMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The live process map's figures: per activity of a process, open, at-risk and breached tasks and the median time. */
@RestController
@Tag(name = "Process map")
class ProcessMapApi {

    private final ProcessMap map;

    ProcessMapApi(ProcessMap map) {
        this.map = map;
    }

    @GetMapping("/api/process-map")
    @Operation(
            summary = "Per activity (BPMN id): open tasks, at risk, breached, and the median business days spent"
                    + " there between two days; filtered by kind of work and the organisation holding the hand-off")
    Map<String, ProcessMap.ActivityLoad> loads(
            @RequestParam(defaultValue = "PIPELINE") MapProcess process,
            @RequestParam(required = false) WorkCategory category,
            @RequestParam(required = false) Party party,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return map.loads(process, category, party, from, to);
    }

    @GetMapping("/api/process-map/deals")
    @Operation(summary = "The deals waiting at an activity, the late ones first")
    List<ProcessMap.DealAt> deals(
            @RequestParam(defaultValue = "PIPELINE") MapProcess process,
            @RequestParam String activity,
            @RequestParam(required = false) WorkCategory category,
            @RequestParam(required = false) Party party) {
        return map.dealsAt(process, activity, category, party);
    }

    @GetMapping(value = "/api/process-map/diagram", produces = "application/xml")
    @Operation(summary = "The process's BPMN file, as the map draws it")
    String diagram(@RequestParam(defaultValue = "PIPELINE") MapProcess process) {
        return map.xml(process);
    }
}
