package jp.tsunagu.facility;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One version of a facility's capability survey; the newest answer is the one matching uses. */
@Entity
@Table(name = "capability_survey")
class CapabilitySurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "answered_by", nullable = false)
    private String answeredBy;

    @Column(name = "accepts_pc", nullable = false)
    private boolean acceptsPc;

    @Column(name = "accepts_light", nullable = false)
    private boolean acceptsLight;

    @Column(name = "accepts_offsite", nullable = false)
    private boolean acceptsOffsite;

    @Column(name = "pc_workers", nullable = false)
    private int pcWorkers;

    @Column(name = "light_workers", nullable = false)
    private int lightWorkers;

    @Column(nullable = false)
    private int supervisors;

    @Column(nullable = false)
    private int pcs;

    @Column(nullable = false)
    private String weekdays;

    @Column(name = "hours_from", nullable = false)
    private LocalTime hoursFrom;

    @Column(name = "hours_to", nullable = false)
    private LocalTime hoursTo;

    @Column(name = "earliest_start", nullable = false)
    private LocalDate earliestStart;

    @Column(name = "monthly_capacity_hours", nullable = false)
    private int monthlyCapacityHours;

    @Column(nullable = false)
    private boolean hub;

    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "survey_skill", joinColumns = @JoinColumn(name = "survey_id"))
    @Column(name = "skill_id")
    private Set<Long> skillIds = new HashSet<>();

    protected CapabilitySurvey() {}

    CapabilitySurvey(long facilityId, SurveyForm f, LocalDate answeredOn, String answeredBy, Instant now) {
        this.facilityId = facilityId;
        this.answeredOn = answeredOn;
        this.answeredBy = answeredBy;
        this.acceptsPc = f.isAcceptsPc();
        this.acceptsLight = f.isAcceptsLight();
        this.acceptsOffsite = f.isAcceptsOffsite();
        this.pcWorkers = f.getPcWorkers();
        this.lightWorkers = f.getLightWorkers();
        this.supervisors = f.getSupervisors();
        this.pcs = f.getPcs();
        this.weekdays = f.getWeekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.hoursFrom = f.getHoursFrom();
        this.hoursTo = f.getHoursTo();
        this.earliestStart = f.getEarliestStart();
        this.monthlyCapacityHours = f.getMonthlyCapacityHours();
        this.hub = f.isHub();
        this.notes = f.getNotes() == null || f.getNotes().isBlank()
                ? null
                : f.getNotes().strip();
        this.skillIds = new HashSet<>(f.getSkillIds());
        this.createdAt = now;
    }

    /** The answer as a form again: the starting point of the next version. */
    SurveyForm toForm() {
        SurveyForm f = new SurveyForm();
        f.setAcceptsPc(acceptsPc);
        f.setAcceptsLight(acceptsLight);
        f.setAcceptsOffsite(acceptsOffsite);
        f.setPcWorkers(pcWorkers);
        f.setLightWorkers(lightWorkers);
        f.setSupervisors(supervisors);
        f.setPcs(pcs);
        f.setWeekdays(Arrays.stream(weekdays.split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
        f.setHoursFrom(hoursFrom);
        f.setHoursTo(hoursTo);
        f.setEarliestStart(earliestStart);
        f.setMonthlyCapacityHours(monthlyCapacityHours);
        f.setHub(hub);
        f.setNotes(notes);
        f.setSkillIds(new HashSet<>(skillIds));
        return f;
    }

    Long getId() {
        return id;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    String getAnsweredBy() {
        return answeredBy;
    }
}
