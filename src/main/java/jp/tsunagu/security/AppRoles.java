package jp.tsunagu.security;

import java.util.List;

/**
 * The roles of the people who use Tsunagu. Each is also a Camunda candidate group: a task for the
 * group {@code INTERMEDIARY} is seen by every user with that role.
 */
public final class AppRoles {

    public static final String DIRECTOR = "DIRECTOR";
    public static final String INTERMEDIARY = "INTERMEDIARY";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";
    /** Staff of a facility; they also belong to the group {@link #facilityGroup} of their own facility. */
    public static final String FACILITY = "FACILITY";

    /**
     * Not a role: the authority of a login whose password someone else chose (a new account, a reset). Such a login
     * sees only the page to choose a new password, and the API refuses it.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    public static final List<String> ALL = List.of(DIRECTOR, INTERMEDIARY, SUPERVISOR, ADMIN, FACILITY);

    /** The candidate group of one facility's tasks (its offers). */
    public static String facilityGroup(long facilityId) {
        return FACILITY + "-" + facilityId;
    }

    private AppRoles() {}
}
