package jp.tsunagu.requirements;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The prefecture's minimum wage by year, kept by the admin; the wage advisor uses the one in force. */
@Service
public class MinimumWages {

    public static final int MIN_YEN = 100;
    public static final int MAX_YEN = 10_000;
    public static final int PREFECTURE_MAX = 20;

    private final MinimumWageRepository wages;
    private final CurrentUser currentUser;
    private final Clock clock;

    MinimumWages(MinimumWageRepository wages, CurrentUser currentUser, Clock clock) {
        this.wages = wages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MinimumWageEntry> inForce(LocalDate day) {
        return wages.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(day).map(MinimumWage::toEntry);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MinimumWageEntry> today() {
        return inForce(LocalDate.now(clock));
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<MinimumWageEntry> all() {
        return wages.findAllByOrderByEffectiveFromDesc().stream().map(MinimumWage::toEntry).toList();
    }

    /** Sets the wage from a date on; the same date again corrects it. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void set(LocalDate effectiveFrom, Integer yenPerHour, String prefecture) {
        if (effectiveFrom == null) {
            throw new UserFacingException("minimumWage.from.required");
        }
        if (yenPerHour == null || yenPerHour < MIN_YEN || yenPerHour > MAX_YEN) {
            throw new UserFacingException("minimumWage.yen.range", MIN_YEN, MAX_YEN);
        }
        if (prefecture == null || prefecture.isBlank()) {
            throw new UserFacingException("minimumWage.prefecture.required");
        }
        if (prefecture.strip().length() > PREFECTURE_MAX) {
            throw new UserFacingException("minimumWage.prefecture.size", PREFECTURE_MAX);
        }
        MinimumWage wage = wages.findById(effectiveFrom).orElseGet(() -> new MinimumWage(effectiveFrom));
        wage.set(yenPerHour, prefecture.strip(), currentUser.username(), clock.instant());
        wages.save(wage);
    }
}
