package jp.tsunagu.tier.ui;

import com.vaadin.flow.component.Component;
import jp.tsunagu.facility.FacilityPageSection;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.tier.WageTiers;
import jp.tsunagu.wages.WageLedger;

/** The facility page's average monthly wage and reward band; its staff and the intermediary enter the figures. */
@org.springframework.stereotype.Component
class WageTierSection implements FacilityPageSection {

    private final WageTiers tiers;
    private final WageLedger ledger;
    private final CurrentUser currentUser;

    WageTierSection(WageTiers tiers, WageLedger ledger, CurrentUser currentUser) {
        this.tiers = tiers;
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(long facilityId) {
        boolean mayEnter = currentUser.hasRole(AppRoles.FACILITY) || currentUser.hasRole(AppRoles.INTERMEDIARY);
        return new WageTierPanel(tiers, ledger, facilityId, mayEnter);
    }
}
