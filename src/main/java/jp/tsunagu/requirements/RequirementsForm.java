package jp.tsunagu.requirements;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A requirements sheet as the director edits it. Any item may be left empty; an empty item is unknown, or
 * waiting for the customer when it is in {@link #getWaiting()}. What is filled in must make sense: the
 * service checks these rules again, and the dates against each other.
 */
public class RequirementsForm extends RequirementsPace {

    public static final int TEXT_MAX = 2000;
    public static final int LINE_MAX = 300;
    public static final int SCHEDULE_MAX = 500;

    @Size(max = TEXT_MAX, message = "{req.text.size}")
    private String description;

    private Set<Long> skillIds = new HashSet<>();

    @DecimalMin(value = "0", inclusive = false, message = "{req.volume.range}")
    @DecimalMax(value = "10000000", message = "{req.volume.range}")
    @Digits(integer = 11, fraction = 1, message = "{req.decimal1}")
    private BigDecimal volume;

    private VolumeUnit volumeUnit;

    @Min(value = 1, message = "{req.workers.range}")
    @Max(value = 1000, message = "{req.workers.range}")
    private Integer workersNeeded;

    @Min(value = 0, message = "{req.staff.range}")
    @Max(value = 1000, message = "{req.staff.range}")
    private Integer staffNeeded;

    @Min(value = 1, message = "{req.facilities.range}")
    @Max(value = 100, message = "{req.facilities.range}")
    private Integer facilitiesNeeded;

    @DecimalMin(value = "0", message = "{req.errorRate.range}")
    @DecimalMax(value = "100", message = "{req.errorRate.range}")
    @Digits(integer = 3, fraction = 2, message = "{req.errorRate.range}")
    private BigDecimal acceptedErrorRate;

    private LocalDate startOn;
    private LocalDate assignBy;
    private LocalDate deliveryDueOn;

    @Size(max = SCHEDULE_MAX, message = "{req.schedule.size}")
    private String deliverySchedule;

    @Size(max = LINE_MAX, message = "{req.line.size}")
    private String deliverableFormat;

    @Size(max = LINE_MAX, message = "{req.line.size}")
    private String tools;

    private Boolean ndaRequired;

    @Size(max = SCHEDULE_MAX, message = "{req.schedule.size}")
    private String dataHandling;

    @DecimalMin(value = "0", inclusive = false, message = "{req.price.range}")
    @DecimalMax(value = "100000000", message = "{req.price.range}")
    @Digits(integer = 10, fraction = 2, message = "{req.price.digits}")
    private BigDecimal unitPrice;

    private PricingBasis pricingBasis;

    private Set<RequirementItem> waiting = EnumSet.noneOf(RequirementItem.class);

    /** How much is known of an item: filled in is known; empty is unknown or waiting for the customer. */
    public ItemState stateOf(RequirementItem item) {
        if (isFilled(item)) {
            return ItemState.KNOWN;
        }
        return waiting.contains(item) ? ItemState.WAITING : ItemState.UNKNOWN;
    }

    public boolean isFilled(RequirementItem item) {
        return switch (item) {
            case DESCRIPTION -> has(description);
            case SKILLS -> !skillIds.isEmpty();
            case VOLUME -> volume != null && volumeUnit != null;
            case WORKERS -> workersNeeded != null;
            case STAFF -> staffNeeded != null;
            case FACILITIES -> facilitiesNeeded != null;
            case QUALITY -> acceptedErrorRate != null;
            case START -> startOn != null;
            case ASSIGN_BY -> assignBy != null;
            case DELIVERY -> deliveryDueOn != null || has(deliverySchedule);
            case FORMAT -> has(deliverableFormat);
            case TOOLS -> has(tools);
            case SECURITY -> ndaRequired != null;
            case PRICE -> unitPrice != null && pricingBasis != null;
        };
    }

    public WageInputs wageInputs(Integer minimumWage) {
        return new WageInputs(
                unitPrice,
                pricingBasis,
                getSupporterPerHour(),
                getFastPerHour(),
                getAveragePerHour(),
                getSlowPerHour(),
                getHoursPerDay(),
                getDaysPerMonth(),
                getTeamHoursPerDay(),
                getSupporterEquivalents(),
                minimumWage);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Long> getSkillIds() {
        return skillIds;
    }

    public void setSkillIds(Set<Long> skillIds) {
        this.skillIds = skillIds == null ? new HashSet<>() : new HashSet<>(skillIds);
    }

    public BigDecimal getVolume() {
        return volume;
    }

    public void setVolume(BigDecimal volume) {
        this.volume = volume;
    }

    public VolumeUnit getVolumeUnit() {
        return volumeUnit;
    }

    public void setVolumeUnit(VolumeUnit volumeUnit) {
        this.volumeUnit = volumeUnit;
    }

    public Integer getWorkersNeeded() {
        return workersNeeded;
    }

    public void setWorkersNeeded(Integer workersNeeded) {
        this.workersNeeded = workersNeeded;
    }

    public Integer getStaffNeeded() {
        return staffNeeded;
    }

    public void setStaffNeeded(Integer staffNeeded) {
        this.staffNeeded = staffNeeded;
    }

    public Integer getFacilitiesNeeded() {
        return facilitiesNeeded;
    }

    public void setFacilitiesNeeded(Integer facilitiesNeeded) {
        this.facilitiesNeeded = facilitiesNeeded;
    }

    public BigDecimal getAcceptedErrorRate() {
        return acceptedErrorRate;
    }

    public void setAcceptedErrorRate(BigDecimal acceptedErrorRate) {
        this.acceptedErrorRate = acceptedErrorRate;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }

    public LocalDate getAssignBy() {
        return assignBy;
    }

    public void setAssignBy(LocalDate assignBy) {
        this.assignBy = assignBy;
    }

    public LocalDate getDeliveryDueOn() {
        return deliveryDueOn;
    }

    public void setDeliveryDueOn(LocalDate deliveryDueOn) {
        this.deliveryDueOn = deliveryDueOn;
    }

    public String getDeliverySchedule() {
        return deliverySchedule;
    }

    public void setDeliverySchedule(String deliverySchedule) {
        this.deliverySchedule = deliverySchedule;
    }

    public String getDeliverableFormat() {
        return deliverableFormat;
    }

    public void setDeliverableFormat(String deliverableFormat) {
        this.deliverableFormat = deliverableFormat;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public Boolean getNdaRequired() {
        return ndaRequired;
    }

    public void setNdaRequired(Boolean ndaRequired) {
        this.ndaRequired = ndaRequired;
    }

    public String getDataHandling() {
        return dataHandling;
    }

    public void setDataHandling(String dataHandling) {
        this.dataHandling = dataHandling;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public PricingBasis getPricingBasis() {
        return pricingBasis;
    }

    public void setPricingBasis(PricingBasis pricingBasis) {
        this.pricingBasis = pricingBasis;
    }

    public Set<RequirementItem> getWaiting() {
        return waiting;
    }

    public void setWaiting(Set<RequirementItem> waiting) {
        this.waiting =
                waiting == null || waiting.isEmpty() ? EnumSet.noneOf(RequirementItem.class) : EnumSet.copyOf(waiting);
    }
}
