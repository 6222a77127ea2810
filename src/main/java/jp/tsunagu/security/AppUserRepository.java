package jp.tsunagu.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where u.username = :username")
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayName(String role);

    List<AppUser> findByFacilityIdAndEnabledTrueOrderByUsername(Long facilityId);

    /** Accounts whose login, name or kana contains the (lower-case, wildcarded) text; optionally facility staff only. */
    @Query(
            """
            select u from AppUser u
            where (:facilityOnly = false or u.role = 'FACILITY')
              and (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text
                   or lower(coalesce(u.kana, '')) like :text)
            order by u.role, u.username""")
    List<AppUser> search(String text, boolean facilityOnly, Pageable page);

    @Query(
            """
            select count(u) from AppUser u
            where (:facilityOnly = false or u.role = 'FACILITY')
              and (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text
                   or lower(coalesce(u.kana, '')) like :text)""")
    long countSearch(String text, boolean facilityOnly);

    @Query("select count(u) from AppUser u where u.role = 'ADMIN' and u.enabled = true")
    long countEnabledAdmins();
}
