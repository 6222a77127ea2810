package jp.tsunagu.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.RouteMatrix;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.security.ui.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every view tried by every role and by an anonymous visitor: only the combinations in {@link RouteMatrix} open, the
 * rest give the access-denied page (or, anonymous, the login page). A view added without a line here fails the test,
 * so nobody ships a screen whose audience was never decided. Facility staff also see only their own facility.
 */
class AccessMatrixViewTest extends KaribuTest {

    private static final String D = AppRoles.DIRECTOR;
    private static final String I = AppRoles.INTERMEDIARY;
    private static final String S = AppRoles.SUPERVISOR;
    private static final String A = AppRoles.ADMIN;
    private static final String F = AppRoles.FACILITY;
    private static final String ANONYMOUS = "anonymous";

    /** Route template → the roles that may open it (the product's decision, kept in one place). */
    private static final Map<String, Set<String>> ALLOWED = RouteMatrix.ALLOWED;

    @Autowired
    TestData data;

    @Autowired
    UserDirectory users;

    long facility;
    long otherFacility;
    long deal;
    long customer;

    @BeforeEach
    void records() {
        facility = data.facility(TestData.unique("町"));
        otherFacility = data.facility(TestData.unique("町"));
        TestData.actAs(TestData.unique("dir"), D);
        deal = data.deal(TestData.unique("権限確認"), WorkCategory.PC);
        customer = data.customer();
        TestData.logout();
    }

    @Test
    void every_view_is_in_the_matrix() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> templates = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("jp.tsunagu")) {
            Route route = ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                    .getAnnotation(Route.class);
            templates.add(route.value());
        }
        templates.remove("login");
        assertThat(templates).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void each_role_opens_exactly_its_views_and_an_anonymous_visitor_none() {
        List<String> wrong = new ArrayList<>();
        for (String who : List.of(D, I, S, A, F, ANONYMOUS)) {
            for (var entry : ALLOWED.entrySet()) {
                String path = path(entry.getKey());
                if (who.equals(ANONYMOUS)) {
                    logout();
                } else if (who.equals(F)) {
                    login(matrixUser(F), F, AppRoles.facilityGroup(facility));
                } else {
                    login(matrixUser(who), who);
                }
                navigate(path);
                String outcome = outcome();
                String expected =
                        who.equals(ANONYMOUS) ? "login" : entry.getValue().contains(who) ? "open" : "denied";
                // A view that is open to the role may still say "not found" for a record that does not exist.
                boolean ok = expected.equals(outcome) || expected.equals("open") && outcome.equals("not found");
                if (!ok) {
                    wrong.add(who + " → /" + path + ": " + outcome + " (expected " + expected + ")");
                }
                // Roles on views are Vaadin's to check; a view wrapped in a Spring proxy is slow to open.
                if (outcome.equals("open")
                        && AopUtils.isAopProxy(UI.getCurrent()
                                .getInternals()
                                .getActiveRouterTargetsChain()
                                .get(0))) {
                    wrong.add(who + " → /" + path + ": the view is a Spring proxy");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void facility_staff_see_their_own_facility_and_no_other() {
        login(TestData.unique("fac"), F, AppRoles.facilityGroup(facility));
        navigate("facilities/" + facility);
        assertThat(outcome()).isEqualTo("open");
        navigate("facilities/" + otherFacility);
        assertThat(outcome()).isEqualTo("not found");
        navigate("portal/deals/" + deal + "/questions");
        assertThat(outcome()).as("a deal never offered to the facility").isEqualTo("not found");
    }

    private final Map<String, String> userOfRole = new HashMap<>();

    /** A user of the role who exists (the profile pages read their own account); one per role, made once. */
    private String matrixUser(String role) {
        return userOfRole.computeIfAbsent(role, r -> {
            String name = TestData.unique("matrix");
            users.create(name, "matrix-view-pass-1", "権限 " + r, r);
            return name;
        });
    }

    private String path(String template) {
        return template.replace(":taskId", "no-such-task")
                .replace(":offerId", "999999999")
                .replace(":customerId", String.valueOf(customer))
                .replace(":dealId", String.valueOf(deal))
                .replace(":facilityId", String.valueOf(facility));
    }

    private static String outcome() {
        if (!LocatorJ._find(LoginView.class).isEmpty()) {
            return "login";
        }
        if (!LocatorJ._find(H2.class, spec -> spec.withId("access-denied")).isEmpty()) {
            return "denied";
        }
        if (!LocatorJ._find(NotFoundView.class).isEmpty()) {
            return "not found";
        }
        return "open";
    }
}
