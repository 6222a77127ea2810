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

    public static final List<String> ALL = List.of(DIRECTOR, INTERMEDIARY, SUPERVISOR, ADMIN);

    private AppRoles() {
    }
}
