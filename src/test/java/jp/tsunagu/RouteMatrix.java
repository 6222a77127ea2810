package jp.tsunagu;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.security.AppRoles;

/**
 * Every route and the roles that may open it: the access matrix test holds the app to it, and the browser suite's
 * accessibility check walks it as each role. A view added without a line here fails the access matrix test.
 */
public final class RouteMatrix {

    private static final String D = AppRoles.DIRECTOR;
    private static final String I = AppRoles.INTERMEDIARY;
    private static final String S = AppRoles.SUPERVISOR;
    private static final String A = AppRoles.ADMIN;
    private static final String F = AppRoles.FACILITY;

    private RouteMatrix() {}

    /** Route template → the roles that may open it. The product's decision, written out, not read off the code. */
    public static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("", Set.of(D, I, S, A, F));
        ALLOWED.put("tasks", Set.of(D, I, S));
        ALLOWED.put("search", Set.of(D, I, S, F));
        ALLOWED.put("tasks/:taskId", Set.of(D, I, S));
        ALLOWED.put("customers", Set.of(D, I, S));
        ALLOWED.put("customers/:customerId", Set.of(D, I, S));
        ALLOWED.put("board", Set.of(D, I, S));
        ALLOWED.put("deals", Set.of(D, I, S));
        ALLOWED.put("deals/:dealId", Set.of(D, I, S));
        ALLOWED.put("deals/new", Set.of(D));
        ALLOWED.put("deals/history", Set.of(S, A));
        ALLOWED.put("notifications", Set.of(D, I, S, F));
        ALLOWED.put("notifications/settings", Set.of(D, I, S, A, F));
        ALLOWED.put("admin/notices", Set.of(A));
        ALLOWED.put("facilities", Set.of(D, I, S));
        ALLOWED.put("facilities/:facilityId", Set.of(D, I, S, F));
        ALLOWED.put("facilities/import", Set.of(I));
        ALLOWED.put("quality/errors", Set.of(D, I, S, F));
        ALLOWED.put("wages", Set.of(D, I, S, F));
        ALLOWED.put("sla", Set.of(S));
        ALLOWED.put("process-map", Set.of(S));
        ALLOWED.put("kpi", Set.of(S, A));
        ALLOWED.put("portal/offers", Set.of(F));
        ALLOWED.put("portal/offers/:offerId", Set.of(F));
        ALLOWED.put("portal/jobs", Set.of(F));
        ALLOWED.put("portal/deals/:dealId/questions", Set.of(F));
        ALLOWED.put("admin/users", Set.of(A, I));
        ALLOWED.put("admin/backups", Set.of(A));
        ALLOWED.put("profile", Set.of(D, I, S, A, F));
        ALLOWED.put("password", Set.of(D, I, S, A, F));
        ALLOWED.put("admin/sla-policies", Set.of(A));
        ALLOWED.put("admin/calendars", Set.of(A));
        ALLOWED.put("admin/lost-reasons", Set.of(A));
        ALLOWED.put("admin/minimum-wage", Set.of(A));
        ALLOWED.put("admin/error-types", Set.of(A));
        ALLOWED.put("admin/reward-tables", Set.of(A));
        ALLOWED.put("admin/pause-reasons", Set.of(A));
        ALLOWED.put("admin/audit", Set.of(A, S));
    }
}
