package jp.tsunagu.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.tsunagu.deal.DealPriority;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;

/** How long work may wait at a stage, for one kind of work (or all kinds), and when to warn. */
@Entity
@Table(name = "sla_policy")
class SlaPolicy {

    static final int MAX_DAYS = 120;
    static final int MAX_HOURS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_category")
    private WorkCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealPriority priority = DealPriority.NORMAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SlaUnit unit;

    @Column(nullable = false)
    private int duration;

    @Column(name = "warn_percent", nullable = false)
    private int warnPercent;

    @Column(name = "risk_percent", nullable = false)
    private int riskPercent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected SlaPolicy() {}

    void change(SlaUnit unit, int duration, int warnPercent, int riskPercent, String by, Instant at) {
        this.unit = unit;
        this.duration = duration;
        this.warnPercent = warnPercent;
        this.riskPercent = riskPercent;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The target in business minutes on a calendar with this many minutes a day. */
    int targetMinutes(int minutesPerDay) {
        return unit == SlaUnit.BUSINESS_DAYS ? duration * minutesPerDay : duration * 60;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    DealStage getStage() {
        return stage;
    }

    WorkCategory getCategory() {
        return category;
    }

    DealPriority getPriority() {
        return priority;
    }

    SlaUnit getUnit() {
        return unit;
    }

    int getDuration() {
        return duration;
    }

    int getWarnPercent() {
        return warnPercent;
    }

    int getRiskPercent() {
        return riskPercent;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
