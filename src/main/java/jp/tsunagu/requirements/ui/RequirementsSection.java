package jp.tsunagu.requirements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.SkillOption;
import jp.tsunagu.requirements.ItemState;
import jp.tsunagu.requirements.RequirementItem;
import jp.tsunagu.requirements.Requirements;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;

/**
 * The deal's requirements sheet on the deal page and on the tasks that need it (requirements, hand-over,
 * assignment): every item with its value, the missing ones in red, and the wage advisor. The director
 * edits it in a dialog; everyone else reads it.
 */
@org.springframework.stereotype.Component
class RequirementsSection implements DealPageSection {

    private static final Set<DealStage> ON_TASKS =
            EnumSet.of(DealStage.REQUIREMENTS, DealStage.HANDOVER, DealStage.ASSIGNMENT, DealStage.TRIAL);

    private final RequirementsService requirements;
    private final FacilityService facilities;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    RequirementsSection(
            RequirementsService requirements,
            FacilityService facilities,
            UserDirectory users,
            CurrentUser currentUser) {
        this.requirements = requirements;
        this.facilities = facilities;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public boolean showOnTask(DealStage stage) {
        return ON_TASKS.contains(stage);
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.addClassName("requirements-section");
        section.setId("requirements");
        fill(section, deal, requirements.of(deal.id()));
        return section;
    }

    private void fill(Div section, DealDetails deal, Requirements sheet) {
        section.removeAll();
        H3 title = new H3(section.getTranslation("req.title"));
        HorizontalLayout head = new HorizontalLayout(title);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        if (!sheet.isNew()) {
            Span updated = new Span(section.getTranslation(
                    "req.updated", Formats.dateTime(sheet.updatedAt()), users.displayName(sheet.updatedBy())));
            updated.addClassName("muted");
            head.add(updated);
        }
        if (currentUser.hasRole(AppRoles.DIRECTOR) && deal.status() == DealStatus.OPEN) {
            Button edit = new Button(
                    section.getTranslation(sheet.isNew() ? "req.create" : "req.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new RequirementsEditor(
                                    requirements,
                                    deal,
                                    requirements.of(deal.id()),
                                    skills(),
                                    saved -> fill(section, deal, saved))
                            .open());
            edit.setId("edit-requirements");
            head.addToEnd(edit);
        }
        section.add(head);
        section.add(missing(section, sheet));
        section.add(items(sheet, deal.category().name()));
        WageAdvisorPanel advisor = new WageAdvisorPanel();
        section.add(advisor);
        advisor.show(sheet.form(), sheet.wage(), sheet.minimumWage());
    }

    /** The items still open, in red, so nobody on either side can miss them. */
    Component missing(Div section, Requirements sheet) {
        Div box = new Div();
        box.setId("missing-items");
        if (sheet.missing().isEmpty()) {
            box.addClassName("req-complete");
            box.add(new Span(section.getTranslation("req.complete")));
            return box;
        }
        box.addClassName("req-missing");
        box.add(new Span(section.getTranslation("req.missing", sheet.missing().size())));
        for (RequirementItem item : sheet.missing()) {
            ItemState state = sheet.states().get(item);
            Span badge = Badges.of(
                    section.getTranslation("req.item." + item) + "（" + section.getTranslation("req.state." + state)
                            + "）",
                    "missing");
            badge.addClassName("missing-item");
            box.add(badge);
        }
        if (sheet.isNew()) {
            box.add(new Paragraph(section.getTranslation("req.none")));
        }
        return box;
    }

    Facts items(Requirements sheet, String category) {
        RequirementsForm f = sheet.form();
        Facts facts = new Facts();
        facts.addClassName("req-items");
        facts.fact("deal.category", facts.getTranslation("category." + category));
        Locale locale =
                UI.getCurrent() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
        Map<Long, SkillOption> skillById =
                skills().stream().collect(Collectors.toMap(SkillOption::id, Function.identity()));
        for (RequirementItem item : RequirementItem.values()) {
            ItemState state = sheet.states().get(item);
            if (state != ItemState.KNOWN) {
                Span v = Badges.of(facts.getTranslation("req.state." + state), "missing");
                facts.fact("req.item." + item, v);
                continue;
            }
            String value =
                    switch (item) {
                        case DESCRIPTION -> f.getDescription();
                        case SKILLS -> f.getSkillIds().stream()
                                .map(skillById::get)
                                .filter(Objects::nonNull)
                                .map(s -> s.name(locale))
                                .sorted()
                                .collect(Collectors.joining(facts.getTranslation("list.separator")));
                        case VOLUME -> Formats.number(f.getVolume()) + " "
                                + facts.getTranslation("req.volumeUnit." + f.getVolumeUnit());
                        case WORKERS -> facts.getTranslation("req.people", f.getWorkersNeeded());
                        case STAFF -> facts.getTranslation("req.people", f.getStaffNeeded());
                        case FACILITIES -> facts.getTranslation("req.facilitiesCount", f.getFacilitiesNeeded());
                        case QUALITY -> facts.getTranslation(
                                "req.errorRate.value", Formats.number(f.getAcceptedErrorRate()));
                        case START -> Formats.date(f.getStartOn());
                        case ASSIGN_BY -> Formats.date(f.getAssignBy());
                        case DELIVERY -> join(
                                f.getDeliveryDueOn() == null
                                        ? null
                                        : facts.getTranslation("req.dueOn", Formats.date(f.getDeliveryDueOn())),
                                f.getDeliverySchedule());
                        case FORMAT -> f.getDeliverableFormat();
                        case TOOLS -> f.getTools();
                        case SECURITY -> join(
                                facts.getTranslation(f.getNdaRequired() ? "req.nda.yes" : "req.nda.no"),
                                f.getDataHandling());
                        case PRICE -> Formats.yenPrice(f.getUnitPrice()) + " / "
                                + facts.getTranslation("req.basis." + f.getPricingBasis());
                    };
            facts.fact("req.item." + item, value);
        }
        return facts;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "／" + b;
    }

    private List<SkillOption> skills() {
        return facilities.skills();
    }
}
