package jp.tsunagu.tier;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.assignment.WageTierOutlook;
import jp.tsunagu.requirements.Requirements;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The assignment's view of wage tiers: the deal's job pay (from its sheet) against each facility's figures. */
@Component
class TierOutlooks implements WageTierOutlook {

    private final WageTiers tiers;
    private final RequirementsService requirements;
    private final CurrentUser currentUser;

    TierOutlooks(WageTiers tiers, RequirementsService requirements, CurrentUser currentUser) {
        this.tiers = tiers;
        this.requirements = requirements;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Outlook> forDeal(long dealId, Collection<Long> facilityIds) {
        Requirements sheet =
                currentUser.hasRole(AppRoles.FACILITY) ? requirements.forFacility(dealId) : requirements.of(dealId);
        Optional<Long> monthly = JobPay.monthly(sheet.form());
        Map<Long, Outlook> out = new HashMap<>();
        if (monthly.isEmpty()) {
            return out;
        }
        long yearly = monthly.get() * JobPay.months(sheet.form());
        for (long id : facilityIds) {
            tiers.effect(id, yearly).ifPresent(e -> out.put(id, outlook(e)));
        }
        return out;
    }

    private static Outlook outlook(TierEffect e) {
        return new Outlook(
                e.before(),
                e.after(),
                e.nextBandFrom(),
                e.movesUp(),
                e.targetReached(),
                e.unitsPerDay(),
                e.yenPerYear().longValue());
    }
}
