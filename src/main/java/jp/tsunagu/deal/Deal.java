package jp.tsunagu.deal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.tsunagu.Application;
import jp.tsunagu.customer.Customer;

/**
 * A deal (案件): one piece of work sold to a customer and carried by one process instance through
 * the pipeline. The deal's own data lives here; the process holds only where it stands.
 */
@Entity
@Table(name = "deal")
public class Deal {

    public static final int TITLE_MAX = 200;
    public static final int LOST_NOTE_MAX = 500;
    /** A monthly amount above ¥1 billion is a typing error, not a deal of this business. */
    public static final long MONTHLY_AMOUNT_MAX = 1_000_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_category", nullable = false)
    private WorkCategory workCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false)
    private OrderType orderType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealPriority priority = DealPriority.NORMAL;

    @Column(name = "monthly_amount", nullable = false)
    private long monthlyAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealStage stage = DealStage.LEAD;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealStatus status = DealStatus.OPEN;

    @Column(nullable = false)
    private String director;

    private String intermediary;

    @Column(name = "next_contact_on")
    private LocalDate nextContactOn;

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "lost_note", length = LOST_NOTE_MAX)
    private String lostNote;

    @Column(name = "lead_on", nullable = false)
    private LocalDate leadOn;

    @Column(name = "demand_amount", nullable = false)
    private long demandAmount;

    @Column(name = "ordered_on")
    private LocalDate orderedOn;

    @Column(name = "ordered_amount")
    private Long orderedAmount;

    @Column(name = "lost_on")
    private LocalDate lostOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_reached", nullable = false)
    private DealStage stageReached = DealStage.LEAD;

    @Column(nullable = false)
    private String source = "APP";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Deal() {}

    Deal(
            Customer customer,
            String title,
            WorkCategory workCategory,
            OrderType orderType,
            long monthlyAmount,
            String director,
            Instant now) {
        this.customer = customer;
        this.title = title;
        this.workCategory = workCategory;
        this.orderType = orderType;
        this.monthlyAmount = monthlyAmount;
        this.director = director;
        this.createdAt = now;
        this.updatedAt = now;
        this.leadOn = LocalDate.ofInstant(now, TOKYO);
        this.demandAmount = annualValue(orderType, monthlyAmount);
    }

    /** A deal from an office's past records: its dates and amounts as recorded; no process runs for it. */
    static Deal history(
            Customer customer,
            String title,
            WorkCategory category,
            OrderType orderType,
            DealHistoryImport.Row row,
            String director,
            Instant now) {
        long monthly = orderType == OrderType.RECURRING ? Math.round(row.demandAmount() / 12.0) : row.demandAmount();
        Deal d = new Deal(customer, title, category, orderType, monthly, director, now);
        d.source = "IMPORT";
        d.status = DealStatus.HISTORY;
        d.stage = row.stageReached();
        d.stageReached = row.stageReached();
        d.leadOn = row.leadOn();
        d.demandAmount = row.demandAmount();
        d.orderedOn = row.orderedOn();
        d.orderedAmount = row.orderedOn() == null ? null : row.orderedAmount();
        d.lostOn = row.lostOn();
        d.lostReason = row.lostReason();
        d.closedAt = row.lostOn() != null ? row.lostOn().atStartOfDay(TOKYO).toInstant() : null;
        return d;
    }

    private static final ZoneId TOKYO = Application.TOKYO;

    /** The annual order value of a deal: twelve months of a recurring one, the amount of a one-off job. */
    public static long annualValue(OrderType orderType, long monthlyAmount) {
        return orderType == OrderType.RECURRING ? monthlyAmount * 12 : monthlyAmount;
    }

    /** The customer ordered: the day and the annual value, recorded once (a later cycle is the same order). */
    void markOrdered(Instant now) {
        if (orderedOn == null) {
            this.orderedOn = LocalDate.ofInstant(now, TOKYO);
            this.orderedAmount = annualValue(orderType, monthlyAmount);
            this.updatedAt = now;
        }
    }

    void enterStage(DealStage newStage, Instant now) {
        this.stage = newStage;
        if (newStage.step().ordinal() > stageReached.ordinal()) {
            this.stageReached = newStage.step();
        }
        this.updatedAt = now;
    }

    void apply(StageResult result, Instant now) {
        if (result.lostReason() != null) {
            this.lostReason = result.lostReason();
            this.lostNote = result.lostNote();
        }
        if (result.nextContactOn() != null) {
            this.nextContactOn = result.nextContactOn();
        }
        this.updatedAt = now;
    }

    void planNextContact(LocalDate on, Instant now) {
        this.nextContactOn = on;
        this.updatedAt = now;
    }

    void setOwners(String director, String intermediary, Instant now) {
        this.director = director;
        this.intermediary = intermediary;
        this.updatedAt = now;
    }

    void assignIntermediary(String username, Instant now) {
        if (this.intermediary == null) {
            this.intermediary = username;
            this.updatedAt = now;
        }
    }

    void close(DealStatus finalStatus, Instant now) {
        this.status = finalStatus;
        if (finalStatus == DealStatus.LOST) {
            this.lostOn = LocalDate.ofInstant(now, TOKYO);
        }
        this.closedAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getTitle() {
        return title;
    }

    public DealPriority getPriority() {
        return priority;
    }

    void prioritise(DealPriority priority) {
        this.priority = priority == null ? DealPriority.NORMAL : priority;
    }

    public WorkCategory getWorkCategory() {
        return workCategory;
    }

    public OrderType getOrderType() {
        return orderType;
    }

    public long getMonthlyAmount() {
        return monthlyAmount;
    }

    public DealStage getStage() {
        return stage;
    }

    public DealStatus getStatus() {
        return status;
    }

    public String getDirector() {
        return director;
    }

    public String getIntermediary() {
        return intermediary;
    }

    public LocalDate getNextContactOn() {
        return nextContactOn;
    }

    public String getLostReason() {
        return lostReason;
    }

    public String getLostNote() {
        return lostNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
