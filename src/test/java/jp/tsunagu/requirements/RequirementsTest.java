package jp.tsunagu.requirements;

import static jp.tsunagu.security.AppRoles.ADMIN;
import static jp.tsunagu.security.AppRoles.DIRECTOR;
import static jp.tsunagu.security.AppRoles.INTERMEDIARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.deal.WorkCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A sheet saved with items still open lists them for both sides, the wage advisor judges its price, and
 * what makes no sense (a negative price, a start after the due date, a stale copy) is refused with nothing saved.
 */
@TsunaguTest
class RequirementsTest {

    @Autowired
    TestData data;

    @Autowired
    RequirementsService requirements;

    @Autowired
    MinimumWages minimumWages;

    long dealId;

    @BeforeEach
    void setUp() {
        TestData.actAs("admin", ADMIN);
        minimumWages.set(LocalDate.of(2000, 10, 1), 1000, "静岡県");
        TestData.actAs("dir", DIRECTOR);
        dealId = data.deal(TestData.unique("要件"), WorkCategory.PC);
    }

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    @Test
    void an_incomplete_sheet_names_its_open_items_and_judges_its_price() {
        RequirementsForm f = new RequirementsForm();
        f.setDescription("かしめ作業");
        f.setWorkersNeeded(3);
        f.setUnitPrice(new BigDecimal("0.65"));
        f.setPricingBasis(PricingBasis.PER_PIECE);
        f.setSupporterPerHour(new BigDecimal("300"));
        f.setSlowPerHour(new BigDecimal("220"));
        f.setWaiting(EnumSet.of(RequirementItem.DELIVERY, RequirementItem.WORKERS));
        Requirements saved = requirements.save(dealId, 0, f);

        assertThat(saved.states().get(RequirementItem.DESCRIPTION)).isEqualTo(ItemState.KNOWN);
        // Filled in beats "waiting": the workers are known now.
        assertThat(saved.states().get(RequirementItem.WORKERS)).isEqualTo(ItemState.KNOWN);
        assertThat(saved.states().get(RequirementItem.DELIVERY)).isEqualTo(ItemState.WAITING);
        assertThat(saved.states().get(RequirementItem.VOLUME)).isEqualTo(ItemState.UNKNOWN);
        assertThat(saved.missing())
                .hasSize(RequirementItem.values().length - 3)
                .contains(RequirementItem.DELIVERY, RequirementItem.VOLUME)
                .doesNotContain(RequirementItem.PRICE);

        TestData.actAs("staff", INTERMEDIARY);
        Requirements seen = requirements.of(dealId);
        assertThat(seen.missing()).isEqualTo(saved.missing());
        assertThat(WageAdvisor.yen(seen.wage().supporterHourly())).isEqualTo(195);
        assertThat(WageAdvisor.yen(seen.wage().slowHourly())).isEqualTo(143);
        assertThat(WageAdvisor.percent(seen.wage().minimumWageRatio())).isEqualByComparingTo("19.5");
        assertThat(seen.wage().belowFloor()).isTrue();
        assertThat(seen.wage().floorPrice()).isEqualByComparingTo("1.27");
        assertThatThrownBy(() -> requirements.save(dealId, seen.version(), seen.form()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nonsense_is_refused_and_nothing_is_saved() {
        RequirementsForm negative = new RequirementsForm();
        negative.setUnitPrice(new BigDecimal("-3"));
        assertThatThrownBy(() -> requirements.save(dealId, 0, negative))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("unitPrice");

        RequirementsForm absurd = new RequirementsForm();
        absurd.setWorkersNeeded(50_000);
        assertThatThrownBy(() -> requirements.save(dealId, 0, absurd)).isInstanceOf(ConstraintViolationException.class);

        RequirementsForm late = new RequirementsForm();
        late.setStartOn(LocalDate.of(2027, 3, 1));
        late.setDeliveryDueOn(LocalDate.of(2027, 2, 1));
        assertThatThrownBy(() -> requirements.save(dealId, 0, late)).hasMessage("req.start.afterDue");

        RequirementsForm assignedLate = new RequirementsForm();
        assignedLate.setStartOn(LocalDate.of(2027, 3, 1));
        assignedLate.setAssignBy(LocalDate.of(2027, 3, 2));
        assertThatThrownBy(() -> requirements.save(dealId, 0, assignedLate)).hasMessage("req.assignBy.afterStart");

        assertThat(requirements.of(dealId).isNew()).isTrue();
    }

    @Test
    void a_sheet_changed_by_someone_else_is_not_overwritten() {
        RequirementsForm f = new RequirementsForm();
        f.setDescription("最初の版");
        requirements.save(dealId, 0, f);
        RequirementsForm mine = requirements.of(dealId).form();
        mine.setDescription("古い版からの上書き");
        assertThatThrownBy(() -> requirements.save(dealId, 0, mine)).hasMessage("req.changed");
        assertThat(requirements.of(dealId).form().getDescription()).isEqualTo("最初の版");
    }
}
