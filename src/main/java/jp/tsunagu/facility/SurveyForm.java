package jp.tsunagu.facility;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** One answer to the capability survey: what the facility can take on, with how many people, from when. */
public class SurveyForm {

    static final int MAX_PEOPLE = 500;
    static final int MAX_HOURS = 100_000;

    private boolean acceptsPc;
    private boolean acceptsLight;
    private boolean acceptsOffsite;

    @NotNull(message = "{survey.number.required}")
    @PositiveOrZero(message = "{survey.number.negative}")
    @Max(value = MAX_PEOPLE, message = "{survey.number.max}")
    private Integer pcWorkers = 0;

    @NotNull(message = "{survey.number.required}")
    @PositiveOrZero(message = "{survey.number.negative}")
    @Max(value = MAX_PEOPLE, message = "{survey.number.max}")
    private Integer lightWorkers = 0;

    @NotNull(message = "{survey.number.required}")
    @PositiveOrZero(message = "{survey.number.negative}")
    @Max(value = MAX_PEOPLE, message = "{survey.number.max}")
    private Integer supervisors = 0;

    @NotNull(message = "{survey.number.required}")
    @PositiveOrZero(message = "{survey.number.negative}")
    @Max(value = MAX_PEOPLE, message = "{survey.number.max}")
    private Integer pcs = 0;

    @NotNull(message = "{survey.number.required}")
    @PositiveOrZero(message = "{survey.capacity.negative}")
    @Max(value = MAX_HOURS, message = "{survey.number.max}")
    private Integer monthlyCapacityHours = 0;

    @NotNull(message = "{survey.earliestStart.required}")
    private LocalDate earliestStart;

    private Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @NotNull(message = "{survey.hours.required}")
    private LocalTime hoursFrom = LocalTime.of(9, 30);

    @NotNull(message = "{survey.hours.required}")
    private LocalTime hoursTo = LocalTime.of(15, 30);

    private boolean hub;

    private Set<Long> skillIds = new HashSet<>();

    @Size(max = 1000, message = "{survey.notes.size}")
    private String notes;

    @AssertTrue(message = "{survey.category.required}")
    public boolean isSomeCategory() {
        return acceptsPc || acceptsLight || acceptsOffsite;
    }

    @AssertTrue(message = "{survey.hours.order}")
    public boolean isHoursInOrder() {
        return hoursFrom == null || hoursTo == null || hoursFrom.isBefore(hoursTo);
    }

    @AssertTrue(message = "{survey.weekdays.required}")
    public boolean isSomeWeekday() {
        return weekdays != null && !weekdays.isEmpty();
    }

    public boolean isAcceptsPc() {
        return acceptsPc;
    }

    public void setAcceptsPc(boolean acceptsPc) {
        this.acceptsPc = acceptsPc;
    }

    public boolean isAcceptsLight() {
        return acceptsLight;
    }

    public void setAcceptsLight(boolean acceptsLight) {
        this.acceptsLight = acceptsLight;
    }

    public boolean isAcceptsOffsite() {
        return acceptsOffsite;
    }

    public void setAcceptsOffsite(boolean acceptsOffsite) {
        this.acceptsOffsite = acceptsOffsite;
    }

    public Integer getPcWorkers() {
        return pcWorkers;
    }

    public void setPcWorkers(Integer pcWorkers) {
        this.pcWorkers = pcWorkers;
    }

    public Integer getLightWorkers() {
        return lightWorkers;
    }

    public void setLightWorkers(Integer lightWorkers) {
        this.lightWorkers = lightWorkers;
    }

    public Integer getSupervisors() {
        return supervisors;
    }

    public void setSupervisors(Integer supervisors) {
        this.supervisors = supervisors;
    }

    public Integer getPcs() {
        return pcs;
    }

    public void setPcs(Integer pcs) {
        this.pcs = pcs;
    }

    public Integer getMonthlyCapacityHours() {
        return monthlyCapacityHours;
    }

    public void setMonthlyCapacityHours(Integer monthlyCapacityHours) {
        this.monthlyCapacityHours = monthlyCapacityHours;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public void setEarliestStart(LocalDate earliestStart) {
        this.earliestStart = earliestStart;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(Set<DayOfWeek> weekdays) {
        this.weekdays = weekdays;
    }

    public LocalTime getHoursFrom() {
        return hoursFrom;
    }

    public void setHoursFrom(LocalTime hoursFrom) {
        this.hoursFrom = hoursFrom;
    }

    public LocalTime getHoursTo() {
        return hoursTo;
    }

    public void setHoursTo(LocalTime hoursTo) {
        this.hoursTo = hoursTo;
    }

    public boolean isHub() {
        return hub;
    }

    public void setHub(boolean hub) {
        this.hub = hub;
    }

    public Set<Long> getSkillIds() {
        return skillIds;
    }

    public void setSkillIds(Set<Long> skillIds) {
        this.skillIds = skillIds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
