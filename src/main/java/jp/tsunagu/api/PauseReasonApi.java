package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tsunagu.sla.PauseCharges;
import jp.tsunagu.sla.PauseReasons;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reasons a hand-off's clock may stop, each charged to a party, and what each party's waits added in a period. */
@RestController
@Tag(name = "SLA pauses")
class PauseReasonApi {

    private final PauseReasons reasons;
    private final PauseCharges charges;

    PauseReasonApi(PauseReasons reasons, PauseCharges charges) {
        this.reasons = reasons;
        this.charges = charges;
    }

    /** A reason to add or change: its names, the party charged (CUSTOMER, COMPANY, INTERMEDIARY, FACILITY). */
    record ReasonForm(String labelJa, String labelEn, String chargedTo, boolean needsText, Boolean active) {}

    /** The period's pauses by party, and the hand-offs' lead time without and with them. */
    record Charges(List<PauseCharges.Charge> byParty, PauseCharges.LeadTimes leadTimes) {}

    @GetMapping("/api/pause-reasons")
    @Operation(summary = "The reasons a clock may stop, with the party each is charged to")
    List<PauseReasons.Reason> all() {
        return reasons.all();
    }

    @PostMapping("/api/pause-reasons")
    @Operation(summary = "Adds a reason (admin)")
    Map<String, String> add(@RequestBody ReasonForm f) {
        return Map.of("code", reasons.add(f.labelJa(), f.labelEn(), f.chargedTo(), f.needsText()));
    }

    @PutMapping("/api/pause-reasons/{code}")
    @Operation(summary = "Renames, recharges, retires or brings back a reason (admin)")
    List<PauseReasons.Reason> update(@PathVariable String code, @RequestBody ReasonForm f) {
        reasons.update(code, f.labelJa(), f.labelEn(), f.chargedTo(), f.needsText(), f.active() == null || f.active());
        return reasons.all();
    }

    @GetMapping("/api/sla/pause-charges")
    @Operation(summary = "Business time stopped by party, for pauses that ended between two days (inclusive)")
    Charges charges(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return new Charges(charges.byParty(from, to), charges.leadTimes(from, to));
    }
}
