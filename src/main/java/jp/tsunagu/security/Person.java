package jp.tsunagu.security;

/** What notices need of a person: how to address them, where to reach them, which organisation they belong to. */
public record Person(
        String username,
        String displayName,
        String email,
        String role,
        Long facilityId,
        String language,
        boolean enabled) {

    /** The organisation whose shared channels also carry this person's notices. */
    public String organisation() {
        if (AppRoles.FACILITY.equals(role) && facilityId != null) {
            return AppRoles.facilityGroup(facilityId);
        }
        return AppRoles.INTERMEDIARY.equals(role) ? AppRoles.INTERMEDIARY : "COMPANY";
    }
}
