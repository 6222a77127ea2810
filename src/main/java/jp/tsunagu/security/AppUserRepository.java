package jp.tsunagu.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByRoleAndEnabledTrueOrderByDisplayName(String role);

    Page<AppUser> findAllByOrderByRoleAscUsernameAsc(Pageable pageable);
}
