package jp.tsunagu.requirements;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One deal's requirements sheet, with the state of every item as it was last saved. */
@Entity
@Table(name = "requirement_sheet")
class RequirementSheet {

    @Id
    @Column(name = "deal_id")
    private Long dealId;

    @Version
    private long version;

    private String description;
    private BigDecimal volume;

    @Enumerated(EnumType.STRING)
    @Column(name = "volume_unit")
    private VolumeUnit volumeUnit;

    @Column(name = "workers_needed")
    private Integer workersNeeded;

    @Column(name = "staff_needed")
    private Integer staffNeeded;

    @Column(name = "facilities_needed")
    private Integer facilitiesNeeded;

    @Column(name = "accepted_error_rate")
    private BigDecimal acceptedErrorRate;

    @Column(name = "start_on")
    private LocalDate startOn;

    @Column(name = "assign_by")
    private LocalDate assignBy;

    @Column(name = "delivery_due_on")
    private LocalDate deliveryDueOn;

    @Column(name = "delivery_schedule")
    private String deliverySchedule;

    @Column(name = "deliverable_format")
    private String deliverableFormat;

    private String tools;

    @Column(name = "nda_required")
    private Boolean ndaRequired;

    @Column(name = "data_handling")
    private String dataHandling;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_basis")
    private PricingBasis pricingBasis;

    @Column(name = "supporter_per_hour")
    private BigDecimal supporterPerHour;

    @Column(name = "fast_per_hour")
    private BigDecimal fastPerHour;

    @Column(name = "average_per_hour")
    private BigDecimal averagePerHour;

    @Column(name = "slow_per_hour")
    private BigDecimal slowPerHour;

    @Column(name = "hours_per_day", nullable = false)
    private BigDecimal hoursPerDay;

    @Column(name = "days_per_month", nullable = false)
    private int daysPerMonth;

    @Column(name = "team_hours_per_day")
    private BigDecimal teamHoursPerDay;

    @Column(name = "supporter_equivalents")
    private BigDecimal supporterEquivalents;

    @ElementCollection
    @CollectionTable(name = "requirement_skill", joinColumns = @JoinColumn(name = "deal_id"))
    @Column(name = "skill_id")
    private Set<Long> skillIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "requirement_item", joinColumns = @JoinColumn(name = "deal_id"))
    @MapKeyColumn(name = "item")
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "state")
    private Map<RequirementItem, ItemState> states = new EnumMap<>(RequirementItem.class);

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected RequirementSheet() {}

    RequirementSheet(long dealId) {
        this.dealId = dealId;
    }

    void apply(RequirementsForm f, String by, Instant now) {
        description = blankToNull(f.getDescription());
        skillIds.clear();
        skillIds.addAll(f.getSkillIds());
        volume = f.getVolume();
        volumeUnit = f.getVolumeUnit();
        workersNeeded = f.getWorkersNeeded();
        staffNeeded = f.getStaffNeeded();
        facilitiesNeeded = f.getFacilitiesNeeded();
        acceptedErrorRate = f.getAcceptedErrorRate();
        startOn = f.getStartOn();
        assignBy = f.getAssignBy();
        deliveryDueOn = f.getDeliveryDueOn();
        deliverySchedule = blankToNull(f.getDeliverySchedule());
        deliverableFormat = blankToNull(f.getDeliverableFormat());
        tools = blankToNull(f.getTools());
        ndaRequired = f.getNdaRequired();
        dataHandling = blankToNull(f.getDataHandling());
        unitPrice = f.getUnitPrice();
        pricingBasis = f.getPricingBasis();
        supporterPerHour = f.getSupporterPerHour();
        fastPerHour = f.getFastPerHour();
        averagePerHour = f.getAveragePerHour();
        slowPerHour = f.getSlowPerHour();
        hoursPerDay = f.getHoursPerDay();
        daysPerMonth = f.getDaysPerMonth();
        teamHoursPerDay = f.getTeamHoursPerDay();
        supporterEquivalents = f.getSupporterEquivalents();
        for (RequirementItem item : RequirementItem.values()) {
            states.put(item, f.stateOf(item));
        }
        updatedBy = by;
        updatedAt = now;
    }

    RequirementsForm toForm() {
        RequirementsForm f = new RequirementsForm();
        f.setDescription(description);
        f.setSkillIds(skillIds);
        f.setVolume(volume);
        f.setVolumeUnit(volumeUnit);
        f.setWorkersNeeded(workersNeeded);
        f.setStaffNeeded(staffNeeded);
        f.setFacilitiesNeeded(facilitiesNeeded);
        f.setAcceptedErrorRate(acceptedErrorRate);
        f.setStartOn(startOn);
        f.setAssignBy(assignBy);
        f.setDeliveryDueOn(deliveryDueOn);
        f.setDeliverySchedule(deliverySchedule);
        f.setDeliverableFormat(deliverableFormat);
        f.setTools(tools);
        f.setNdaRequired(ndaRequired);
        f.setDataHandling(dataHandling);
        f.setUnitPrice(unitPrice);
        f.setPricingBasis(pricingBasis);
        f.setSupporterPerHour(supporterPerHour);
        f.setFastPerHour(fastPerHour);
        f.setAveragePerHour(averagePerHour);
        f.setSlowPerHour(slowPerHour);
        f.setHoursPerDay(hoursPerDay);
        f.setDaysPerMonth(daysPerMonth);
        f.setTeamHoursPerDay(teamHoursPerDay);
        f.setSupporterEquivalents(supporterEquivalents);
        f.setWaiting(states.entrySet().stream()
                .filter(e -> e.getValue() == ItemState.WAITING)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet()));
        return f;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
