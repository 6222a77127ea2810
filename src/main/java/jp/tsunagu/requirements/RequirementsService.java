package jp.tsunagu.requirements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.FacilityOnDeal;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The requirements sheet of a deal. It may be saved, and handed over, with items still unknown: the missing
 * items are listed on both sides instead of holding the deal back. What is filled in must be plausible.
 */
@Service
@Validated
public class RequirementsService {

    private final RequirementSheetRepository sheets;
    private final DealService deals;
    private final MinimumWages minimumWages;
    private final CurrentUser currentUser;
    private final FacilityOnDeal onDeal;
    private final Clock clock;

    RequirementsService(
            RequirementSheetRepository sheets,
            DealService deals,
            MinimumWages minimumWages,
            CurrentUser currentUser,
            FacilityOnDeal onDeal,
            Clock clock) {
        this.onDeal = onDeal;
        this.sheets = sheets;
        this.deals = deals;
        this.minimumWages = minimumWages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public Requirements of(long dealId) {
        RequirementSheet sheet = sheets.findById(dealId).orElse(null);
        RequirementsForm form = sheet == null ? new RequirementsForm() : sheet.toForm();
        return view(
                dealId,
                sheet == null ? 0 : sheet.getVersion(),
                form,
                sheet == null ? null : sheet.getUpdatedAt(),
                sheet == null ? null : sheet.getUpdatedBy());
    }

    /**
     * The sheet as a facility offered the deal reads it (the same items, open ones named); another facility, or one
     * whose offer ended, finds no such deal.
     */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public Requirements forFacility(long dealId) {
        if (!onDeal.currentFacilityOnDeal(dealId)) {
            throw UserFacingException.notFound("deal.notFound", dealId);
        }
        RequirementSheet sheet = sheets.findById(dealId).orElse(null);
        RequirementsForm form = sheet == null ? new RequirementsForm() : sheet.toForm();
        return view(
                dealId,
                sheet == null ? 0 : sheet.getVersion(),
                form,
                sheet == null ? null : sheet.getUpdatedAt(),
                null);
    }

    /** The figures for a form being edited, before it is saved. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    public WageFigures preview(RequirementsForm form) {
        return WageAdvisor.judge(form.wageInputs(
                minimumWages.today().map(MinimumWageEntry::yenPerHour).orElse(null)));
    }

    /**
     * Saves the sheet, provided nobody saved it since the director opened it. Refused for a deal that is
     * closed, and for dates that contradict each other.
     */
    @RolesAllowed(AppRoles.DIRECTOR)
    @Transactional
    public Requirements save(long dealId, long expectedVersion, @Valid RequirementsForm form) {
        DealDetails deal =
                deals.details(dealId).orElseThrow(() -> UserFacingException.notFound("deal.notFound", dealId));
        if (deal.status() != DealStatus.OPEN) {
            throw new UserFacingException("req.dealClosed");
        }
        checkDates(form);
        RequirementSheet sheet = sheets.findById(dealId).orElse(null);
        if (sheet == null) {
            if (expectedVersion != 0) {
                throw UserFacingException.conflict("req.changed");
            }
            sheet = new RequirementSheet(dealId);
        } else if (sheet.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("req.changed");
        }
        sheet.apply(form, currentUser.username(), clock.instant());
        RequirementSheet saved = sheets.saveAndFlush(sheet);
        return view(dealId, saved.getVersion(), saved.toForm(), saved.getUpdatedAt(), saved.getUpdatedBy());
    }

    /** The rules between dates: facilities are assigned before the work starts, and it starts before it is due. */
    public static void checkDates(RequirementsForm f) {
        if (f.getAssignBy() != null && f.getStartOn() != null && f.getAssignBy().isAfter(f.getStartOn())) {
            throw UserFacingException.onField("assignBy", "req.assignBy.afterStart");
        }
        if (f.getStartOn() != null
                && f.getDeliveryDueOn() != null
                && f.getStartOn().isAfter(f.getDeliveryDueOn())) {
            throw UserFacingException.onField("startOn", "req.start.afterDue");
        }
    }

    private Requirements view(long dealId, long version, RequirementsForm form, Instant updatedAt, String updatedBy) {
        Map<RequirementItem, ItemState> states = new EnumMap<>(RequirementItem.class);
        for (RequirementItem item : RequirementItem.values()) {
            states.put(item, form.stateOf(item));
        }
        List<RequirementItem> missing = Arrays.stream(RequirementItem.values())
                .filter(i -> states.get(i) != ItemState.KNOWN)
                .toList();
        MinimumWageEntry minimumWage = minimumWages.today().orElse(null);
        WageFigures wage = WageAdvisor.judge(form.wageInputs(minimumWage == null ? null : minimumWage.yenPerHour()));
        return new Requirements(dealId, version, form, states, missing, wage, minimumWage, updatedAt, updatedBy);
    }
}
