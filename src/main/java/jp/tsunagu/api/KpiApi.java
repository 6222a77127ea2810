package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.base.Table;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.kpi.Kpi;
import jp.tsunagu.kpi.KpiFilter;
import jp.tsunagu.kpi.KpiReport;
import jp.tsunagu.kpi.KpiService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The KPI dashboard's figures, the same as on the screen, and the rows behind each one (supervisors and admins). */
@RestController
@RequestMapping("/api/kpis")
@Tag(name = "KPIs", description = "The programme's KPIs for a fiscal year, plan against actual")
class KpiApi {

    /** One figure: its code and name, plan, actual and difference (rates as fractions, lead times in business days). */
    record Figure(
            String code, String name, String unit, Double plan, Double actual, Double difference, String definition) {}

    record Report(
            int fiscalYear,
            String director,
            String intermediary,
            WorkCategory category,
            String source,
            Instant asOf,
            List<Figure> figures) {}

    record Details(String title, List<String> columns, List<List<Object>> rows, List<String> links) {}

    private final KpiService kpis;

    KpiApi(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    @Operation(
            summary = "A fiscal year's KPIs with plan and difference",
            description = "The same figures as the dashboard. Fiscal years start in April (configurable); a year is "
                    + "named after the calendar year it starts in.")
    Report report(
            @RequestParam int fiscalYear,
            @Parameter(description = "only this director's deals (user name)") @RequestParam(required = false)
                    String director,
            @Parameter(description = "only this intermediary staff member's deals") @RequestParam(required = false)
                    String intermediary,
            @RequestParam(required = false) WorkCategory category,
            HttpServletRequest request) {
        KpiReport r = kpis.report(new KpiFilter(fiscalYear, director, intermediary, category));
        Locale locale = ApiErrors.language(request);
        List<Figure> figures = Arrays.stream(Kpi.values())
                .map(k -> new Figure(
                        k.name(),
                        TsunaguI18NProvider.translate(k.messageKey(), locale),
                        k.kind().name(),
                        r.plan().get(k),
                        r.actual().get(k),
                        r.difference(k),
                        TsunaguI18NProvider.translate(k.messageKey() + ".def", locale)))
                .toList();
        return new Report(
                fiscalYear,
                r.filter().director(),
                r.filter().intermediary(),
                category,
                r.source().name(),
                r.asOf(),
                figures);
    }

    @GetMapping("/{code}/details")
    @Operation(summary = "The deals, customers or facilities behind one figure (at most 1,000 rows)")
    Details details(
            @PathVariable Kpi code,
            @RequestParam int fiscalYear,
            @RequestParam(required = false) String director,
            @RequestParam(required = false) String intermediary,
            @RequestParam(required = false) WorkCategory category,
            HttpServletRequest request) {
        Table t = kpis.drill(
                code, new KpiFilter(fiscalYear, director, intermediary, category), ApiErrors.language(request));
        return new Details(
                t.title(),
                t.columns().stream().map(Table.Column::header).toList(),
                t.rows().stream().map(Table.Row::cells).toList(),
                t.rows().stream().map(Table.Row::link).toList());
    }
}
