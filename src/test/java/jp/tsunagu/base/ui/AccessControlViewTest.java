package jp.tsunagu.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each role sees its own views only; typing another role's address gives the access-denied page. */
class AccessControlViewTest extends KaribuTest {

    @ParameterizedTest(name = "{0} opening {1}")
    @CsvSource({
        "INTERMEDIARY, deals/new",
        "SUPERVISOR, deals/new",
        "SUPERVISOR, admin/users",
        "DIRECTOR, admin/users",
        "ADMIN, tasks",
        "ADMIN, deals",
        "DIRECTOR, sla",
        "INTERMEDIARY, sla",
        "SUPERVISOR, admin/sla-policies",
        "DIRECTOR, admin/calendars",
        "DIRECTOR, facilities/import",
        "SUPERVISOR, facilities/import",
        "ADMIN, facilities",
        "FACILITY, tasks",
        "FACILITY, deals",
        "FACILITY, facilities",
        "DIRECTOR, portal/offers",
        "INTERMEDIARY, portal/jobs",
        "FACILITY, customers",
        "FACILITY, board",
        "DIRECTOR, admin/lost-reasons",
        "SUPERVISOR, admin/minimum-wage",
        "DIRECTOR, portal/deals/1/questions",
        "DIRECTOR, kpi",
        "INTERMEDIARY, kpi",
        "FACILITY, kpi",
        "DIRECTOR, deals/history",
        "INTERMEDIARY, deals/history",
    })
    void a_view_of_another_role_shows_the_access_denied_page(String role, String path) {
        login(TestData.unique("user"), role);
        navigate(path);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText())
                .isEqualTo("このページを表示する権限がありません");
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
        "DIRECTOR, タスク受信箱|顧客|パイプライン|案件一覧|事業所|誤り率シート|工賃台帳|お知らせ",
        "INTERMEDIARY, タスク受信箱|顧客|パイプライン|案件一覧|事業所|誤り率シート|工賃台帳|お知らせ|ユーザー管理",
        "SUPERVISOR, タスク受信箱|顧客|パイプライン|案件一覧|事業所|SLAモニター|KPIダッシュボード|誤り率シート|工賃台帳|プロセスマップ|お知らせ|操作履歴",
        "ADMIN, KPIダッシュボード|ユーザー管理|SLAポリシー|営業日カレンダー|失注理由|停止の理由|最低賃金|報酬表|誤りの種類|バックアップ|通知の配信|操作履歴",
        "FACILITY, 届いたオファー|担当する仕事|誤り率シート|工賃台帳|お知らせ",
    })
    void the_side_navigation_lists_only_the_roles_own_views(String role, String expected) {
        login(TestData.unique("user"), role);
        navigate(
                AppRoles.ADMIN.equals(role) ? "admin/users" : AppRoles.FACILITY.equals(role) ? "portal/jobs" : "tasks");
        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).containsExactly(expected.split("\\|"));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        navigate("tasks");
        _get(LoginView.class);
    }

    @Test
    void after_login_each_role_lands_where_its_day_starts() {
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("admin/users");
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tasks");
    }

    @Test
    void a_refusal_that_escapes_a_view_becomes_a_japanese_notice_not_a_stack_trace() {
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        navigate("tasks");
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new UserFacingException("task.claimedByOther", "佐藤 健一")));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        NotificationsKt.expectNotifications(
                "このタスクは 佐藤 健一 さんが引き受けています", "予期しないエラーが発生しました。もう一度お試しください。解決しない場合はシステム管理者にご連絡ください。");
    }
}
