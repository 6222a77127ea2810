package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import jp.tsunagu.assignment.WageTierOutlook;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.tier.AverageWage;
import jp.tsunagu.tier.RewardTables;
import jp.tsunagu.tier.Standing;
import jp.tsunagu.tier.WageTiers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A facility's average monthly wage and reward band, the figures behind them, what a deal's job would do to them,
 * and the reward tables the admin keeps. Facility staff reach their own facility only.
 */
@RestController
@Tag(name = "Wage tiers")
class WageTierApi {

    private final WageTiers tiers;
    private final RewardTables tables;
    private final WageTierOutlook outlook;

    WageTierApi(WageTiers tiers, RewardTables tables, WageTierOutlook outlook) {
        this.tiers = tiers;
        this.tables = tables;
        this.outlook = outlook;
    }

    /**
     * Where a facility stands: its average monthly wage (null without figures), the band it falls in, what the next
     * band and its target are still away (yen a month), its profile and the months counted.
     */
    record TierView(
            Long averageMonthlyWage,
            Integer bandFrom,
            Integer bandUnits,
            Integer nextBandFrom,
            Long toNextBand,
            Long toTarget,
            String rewardTable,
            Standing.Profile profile,
            AverageWage year) {}

    record Profile(String staffing, Integer places, Integer wageTarget) {}

    record MonthFigures(Long wagesPaid, Integer userDays, Integer daysOpen) {}

    record Units(Integer units) {}

    record Revision(String name, LocalDate validFrom) {}

    @GetMapping("/api/facilities/{id}/wage-tier")
    @Operation(summary = "A facility's average monthly wage (平均工賃月額), its reward band and the distance to the next")
    TierView standing(@PathVariable long id) {
        Standing s = tiers.standing(id);
        return new TierView(
                s.monthly(),
                s.band().map(b -> b.wageFrom()).orElse(null),
                s.band().map(b -> b.units()).orElse(null),
                s.band().flatMap(b -> s.table().upTo(b)).orElse(null),
                s.toNextBand().orElse(null),
                s.toTarget().orElse(null),
                s.table() == null ? null : s.table().name(),
                s.profile(),
                s.year());
    }

    @GetMapping("/api/facilities/{id}/wage-tier/months")
    @Operation(summary = "The months entered for a facility, newest first")
    List<WageTiers.Month> months(@PathVariable long id) {
        return tiers.months(id);
    }

    @PutMapping("/api/facilities/{id}/wage-tier/profile")
    @Operation(summary = "Sets a facility's staffing ratio (7.5:1, 6:1, 10:1), places and its own wage target")
    TierView saveProfile(@PathVariable long id, @RequestBody Profile p) {
        tiers.saveProfile(id, p.staffing(), p.places(), p.wageTarget());
        return standing(id);
    }

    @PutMapping("/api/facilities/{id}/wage-tier/months/{month}")
    @Operation(summary = "Enters a month (yyyy-MM): wages paid for all work, user-days and days open")
    TierView enterMonth(@PathVariable long id, @PathVariable String month, @RequestBody MonthFigures m) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw UserFacingException.onField("month", "wages.month.required");
        }
        tiers.enterMonth(id, ym, m.wagesPaid(), m.userDays(), m.daysOpen());
        return standing(id);
    }

    @GetMapping("/api/deals/{dealId}/wage-tier-outlook")
    @Operation(summary = "What the deal's job would do to each facility's average monthly wage and reward band")
    Map<Long, WageTierOutlook.Outlook> outlook(@PathVariable long dealId, @RequestParam List<Long> facilityIds) {
        return outlook.forDeal(dealId, facilityIds);
    }

    @GetMapping("/api/reward-tables")
    @Operation(summary = "The reward tables: per staffing ratio and size, dated, the units a day in each wage band")
    List<RewardTables.TableRow> rewardTables() {
        return tables.all();
    }

    @PutMapping("/api/reward-tables/{id}/bands/{wageFrom}")
    @Operation(summary = "Sets the units a day of one band (admin)")
    List<RewardTables.TableRow> setUnits(@PathVariable long id, @PathVariable int wageFrom, @RequestBody Units u) {
        tables.setUnits(id, wageFrom, u.units());
        return tables.all();
    }

    @PostMapping("/api/reward-tables/{id}/revisions")
    @Operation(summary = "A revision: a copy of the table in force from a later day, to change (admin)")
    Map<String, Long> revise(@PathVariable long id, @RequestBody Revision r) {
        return Map.of("id", tables.revise(id, r.name(), r.validFrom()));
    }
}
