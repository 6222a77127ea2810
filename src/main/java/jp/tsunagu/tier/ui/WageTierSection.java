package jp.tsunagu.tier.ui;

import com.vaadin.flow.component.Component;
import jp.tsunagu.facility.FacilityPageSection;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.tier.WageTiers;

/** The facility page's average monthly wage and reward band; its staff and the intermediary enter the figures. */
@org.springframework.stereotype.Component
class WageTierSection implements FacilityPageSection {

    private final WageTiers tiers;
    private final CurrentUser currentUser;

    WageTierSection(WageTiers tiers, CurrentUser currentUser) {
        this.tiers = tiers;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(long facilityId) {
        boolean mayEnter = currentUser.hasRole(AppRoles.FACILITY) || currentUser.hasRole(AppRoles.INTERMEDIARY);
        return new WageTierPanel(tiers, facilityId, mayEnter);
    }
}
