package jp.tsunagu.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Locale;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The SQL pieces every KPI query shares: the filter's conditions and parameters, and the bundle's texts. */
final class KpiSql {

    private KpiSql() {}

    /** The filters on the year's deals (f), whose columns are named as in {@link KpiQueries#DEALS}. */
    static String yearFilters(KpiFilter f) {
        return (f.director() == null ? "" : " and director = :director")
                + (f.intermediary() == null ? "" : " and intermediary = :intermediary")
                + (f.category() == null ? "" : " and category = :category");
    }

    static String dealFilters(KpiFilter f, String alias) {
        return (f.director() == null ? "" : " and " + alias + "director = :director")
                + (f.intermediary() == null ? "" : " and " + alias + "intermediary = :intermediary")
                + (f.category() == null ? "" : " and " + alias + "work_category = :category");
    }

    /** The filter's values and the year's bounds as instants (timestamps) and as days (dates). */
    static MapSqlParameterSource params(KpiFilter f) {
        return new MapSqlParameterSource("director", f.director())
                .addValue("intermediary", f.intermediary())
                .addValue("category", f.category() == null ? null : f.category().name())
                .addValue(
                        "start",
                        Timestamp.from(f.first().atStartOfDay(KpiRollup.TOKYO).toInstant()))
                .addValue(
                        "end",
                        Timestamp.from(f.last()
                                .plusDays(1)
                                .atStartOfDay(KpiRollup.TOKYO)
                                .toInstant()))
                .addValue("startDay", Date.valueOf(f.first()))
                .addValue("endDay", Date.valueOf(f.last()));
    }

    static String t(String key, Locale locale, Object... params) {
        return TsunaguI18NProvider.translate(key, locale, params);
    }
}
