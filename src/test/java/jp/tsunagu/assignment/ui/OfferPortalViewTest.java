package jp.tsunagu.assignment.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.assignment.OfferRow;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class OfferPortalViewTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    OfferService offers;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    DealService deals;

    @Test
    void facility_staff_see_only_their_offers_and_accept_one_in_the_portal() {
        long mine = data.facility(TestData.unique("町"));
        long other = data.facility(TestData.unique("町"));
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("ポータル案件"), WorkCategory.PC);
        login(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        offers.send(dealId, List.of(mine, other), LocalDate.now().plusDays(2));

        login(TestData.unique("fac"), AppRoles.FACILITY, AppRoles.facilityGroup(mine));
        navigate("portal/offers");
        OfferPortalView view = _get(OfferPortalView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("user-role")).getText())
                .as("the facility's group is no role to show").isEqualTo("事業所職員");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        OfferRow row = GridKt._get(view.grid, 0);
        assertThat(row.dealId()).isEqualTo(dealId);
        view.grid.select(row);
        _setValue(view.answer, OfferStatus.COUNTERED);
        _setValue(view.quantity, 300);
        _setValue(view.hours, 40);
        _setValue(view.start, LocalDate.now().plusDays(10));
        _click(view.send);

        NotificationsKt.expectNotifications("回答を送りました");
        assertThat(GridKt._get(view.grid, 0).status()).isEqualTo(OfferStatus.COUNTERED);

        navigate("facilities/" + other);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("ページが見つかりません");
    }
}
