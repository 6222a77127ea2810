package jp.tsunagu.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealPriority;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.SlaPolicyService;
import jp.tsunagu.sla.SlaUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who changed what: a deal's creation, owners, assignment; an SLA policy's change — each once, with the person and
 * the before → after; a refused change leaves no entry. The deal page and the audit screen show them.
 */
class AuditLogTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Autowired
    TestData data;

    @Autowired
    DealService deals;

    @Autowired
    UserDirectory users;

    @Autowired
    SlaPolicyService policies;

    @Test
    void deal_changes_are_recorded_with_who_and_before_after_and_shown_on_the_deal_page() {
        String director = TestData.unique("auddir");
        String other = TestData.unique("auddir2");
        String staff = TestData.unique("audint");
        users.create(director, "pass-12345", "監査 一郎", AppRoles.DIRECTOR);
        users.create(other, "pass-12345", "監査 二郎", AppRoles.DIRECTOR);
        users.create(staff, "pass-12345", "監査 花子", AppRoles.INTERMEDIARY);
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("監査案件"), WorkCategory.PC);

        TestData.actAs(TestData.unique("sup"), AppRoles.SUPERVISOR);
        long version = data.dealVersion(dealId);
        assertThatThrownBy(() -> deals.setOwners(dealId, version, "nobody-" + dealId, null))
                .isInstanceOf(UserFacingException.class);
        deals.setOwners(dealId, version, other, null);
        data.assign(dealId, staff);

        TestData.actAs(director, AppRoles.DIRECTOR);
        List<AuditRow> rows = audit.ofDeal(dealId);
        assertThat(rows).extracting(AuditRow::action).containsExactly("confirmed", "owners", "created");
        assertThat(rows.get(2).actor()).isEqualTo(director);
        assertThat(rows.get(2).detail()).contains("監査案件").contains("PC作業").contains("¥120,000");
        assertThat(rows.get(1).detail()).isEqualTo("ディレクター: 監査 一郎 / 中間支援組織の担当: — → " + "ディレクター: 監査 二郎 / 中間支援組織の担当: —");
        assertThat(rows.get(0).actor()).isEqualTo(staff);
        assertThat(rows.get(0).kind()).isEqualTo(AuditKind.ASSIGNMENT);
        assertThat(rows.get(0).detail()).contains("テスト作業所").contains(" 10 (20h/月)");

        login(director, AppRoles.DIRECTOR);
        navigate("deals/" + dealId);
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = _get(Grid.class, spec -> spec.withId("deal-audit"));
        assertThat(GridKt._getFormattedRow(grid, 2)).containsSubsequence("監査 一郎", "登録");
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 1)))
                .contains("担当者の変更")
                .contains("→ ディレクター: 監査 二郎");
    }

    @Test
    void an_sla_policy_change_is_recorded_once_and_a_refused_one_not_at_all() {
        String admin = TestData.unique("audadm");
        login(admin, AppRoles.ADMIN);
        var policy = policies.all().stream()
                .filter(p -> p.category() == WorkCategory.OFFSITE && p.priority() == DealPriority.NORMAL)
                .findFirst()
                .orElseThrow();
        int before = audit.count(new AuditFilter(AuditKind.SLA_POLICY, admin, null, null));
        assertThat(before).isZero();
        assertThatThrownBy(() -> policies.update(policy.id(), policy.version(), SlaUnit.BUSINESS_DAYS, 0, 50, 80))
                .isInstanceOf(UserFacingException.class);
        policies.update(policy.id(), policy.version(), SlaUnit.BUSINESS_DAYS, policy.duration() + 1, 40, 80);
        var changed = policies.all().stream()
                .filter(p -> p.id() == policy.id())
                .findFirst()
                .orElseThrow();
        policies.update(
                policy.id(),
                changed.version(),
                SlaUnit.BUSINESS_DAYS,
                policy.duration(),
                policy.warnPercent(),
                policy.riskPercent());

        List<AuditRow> rows = audit.page(new AuditFilter(AuditKind.SLA_POLICY, admin, null, null), 0, 10);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).detail())
                .isEqualTo("事業所アサイン / 施設外就労 / 通常: " + policy.duration() + "営業日 ("
                        + policy.warnPercent() + "% / " + policy.riskPercent() + "%) → " + (policy.duration() + 1)
                        + "営業日 (40% / 80%)");

        navigate("admin/audit");
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).containsSubsequence(admin, "SLAポリシー", "変更");
        assertThat(_get(Span.class, spec -> spec.withId("audit-count")).getText())
                .endsWith("件");
    }
}
