package jp.tsunagu.base;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code tsunagu.*} setting with its default, in one place and checked at start: a wrong value stops the app
 * with the setting's name rather than failing later. As environment variables: {@code TSUNAGU_KPI_LIVE_LIMIT} and so
 * on (the README's configuration table).
 */
@Validated
@ConfigurationProperties("tsunagu")
public record TsunaguProperties(
        @DefaultValue("auto") @Pattern(regexp = "auto|true|false") String demoData,
        @DefaultValue("静岡県") @NotBlank String prefecture,
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("") String nodeId,
        @DefaultValue("") String restoreFrom,
        @DefaultValue @Valid Admin admin,
        @DefaultValue @Valid Metrics metrics,
        @DefaultValue @Valid Mail mail,
        @DefaultValue @Valid Notices notices,
        @DefaultValue @Valid Documents documents,
        @DefaultValue @Valid Kpi kpi,
        @DefaultValue @Valid FiscalYear fiscalYear,
        @DefaultValue @Valid Sla sla,
        @DefaultValue @Valid Login login,
        @DefaultValue @Valid Session session,
        @DefaultValue @Valid Backup backup,
        @DefaultValue @Valid EmbeddedDb embeddedDb,
        @DefaultValue @Valid Tier tier) {

    /** The first admin, made when the database has no user. */
    public record Admin(@DefaultValue("") String user, @DefaultValue("") String password) {}

    /** The scraper's own login for the Prometheus endpoint. */
    public record Metrics(@DefaultValue("") String user, @DefaultValue("") String password) {}

    public record Mail(@DefaultValue("tsunagu@localhost") @NotBlank String from) {}

    /** The outbox's retries. */
    public record Notices(
            @DefaultValue("PT30S") @NotNull Duration firstRetry, @DefaultValue("8") @Min(1) int maxAttempts) {}

    /** Per file and per deal (every version of its live files). */
    public record Documents(
            @DefaultValue("100MB") @NotNull DataSize maxFileSize, @DefaultValue("2GB") @NotNull DataSize maxDealSize) {}

    /** Up to {@code liveLimit} deals the dashboard computes live, reusing a filter's figures for {@code liveReuse}. */
    public record Kpi(
            @DefaultValue("200000") @Min(0) long liveLimit, @DefaultValue("PT1M") @NotNull Duration liveReuse) {}

    public record FiscalYear(@DefaultValue("4") @Min(1) @Max(12) int startMonth) {}

    /** Pauses this many business days or longer are listed on the monitor. */
    public record Sla(@DefaultValue("10") @Min(1) int longPauseDays) {}

    /** Wrong passwords that lock an account, for how long; and the per-address slowdown. */
    public record Login(
            @DefaultValue("5") @Min(1) int maxFailures,
            @DefaultValue("PT15M") @NotNull Duration lockDuration,
            @DefaultValue("10") @Min(1) int addressMaxFailures,
            @DefaultValue("PT15M") @NotNull Duration addressWindow) {}

    public record Session(@DefaultValue("PT10H") @NotNull Duration absoluteLimit) {}

    public record Backup(
            @DefaultValue("./data/backups") @NotBlank String dir, @DefaultValue("P14D") @NotNull Duration keep) {}

    public record EmbeddedDb(
            @DefaultValue("./data/pg") @NotBlank String dir, @DefaultValue("true") boolean persistent) {}

    /** Yen per reward unit (地域区分: 10.00 for その他, up to 11.20 for 1級地), to put a band's units in yen. */
    public record Tier(
            @DefaultValue("10.00") @NotNull @DecimalMin("1.00") @DecimalMax("20.00") BigDecimal yenPerUnit) {}
}
