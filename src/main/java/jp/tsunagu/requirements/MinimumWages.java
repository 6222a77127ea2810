package jp.tsunagu.requirements;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minimum wages by prefecture and date, kept by the admin; the wage advisor uses the one in force in the office's
 * prefecture ({@code tsunagu.prefecture}, default 静岡県) on the day, and says when the newest is over a year old.
 */
@Service
public class MinimumWages {

    public static final int MIN_YEN = 100;
    public static final int MAX_YEN = 10_000;
    public static final int PREFECTURE_MAX = 20;

    private final MinimumWageRepository wages;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String prefecture;

    MinimumWages(MinimumWageRepository wages, CurrentUser currentUser, Clock clock, TsunaguProperties props) {
        String prefecture = props.prefecture();
        this.wages = wages;
        this.currentUser = currentUser;
        this.clock = clock;
        this.prefecture = prefecture;
    }

    /** The office's prefecture, whose minimum wage the advisor uses. */
    public String prefecture() {
        return prefecture;
    }

    /** The wage in force in the office's prefecture on the day. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MinimumWageEntry> inForce(LocalDate day) {
        boolean outdated = newestIsOverAYearOld();
        return wages.findFirstByPrefectureAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(prefecture, day)
                .map(MinimumWage::toEntry)
                .map(e -> new MinimumWageEntry(
                        e.effectiveFrom(), e.yenPerHour(), e.prefecture(), e.setBy(), e.setAt(), outdated));
    }

    /** Whether the office's newest entry took effect more than a year ago: a revision may be missing. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean newestIsOverAYearOld() {
        LocalDate today = LocalDate.now(clock);
        return wages.findFirstByPrefectureOrderByEffectiveFromDesc(prefecture)
                .map(w -> w.toEntry().effectiveFrom().isBefore(today.minusYears(1)))
                .orElse(false);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MinimumWageEntry> today() {
        return inForce(LocalDate.now(clock));
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<MinimumWageEntry> all() {
        return wages.findAllByOrderByPrefectureAscEffectiveFromDesc().stream()
                .map(MinimumWage::toEntry)
                .toList();
    }

    /** Sets a prefecture's wage from a date on; the same prefecture and date again corrects it. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void set(LocalDate effectiveFrom, Integer yenPerHour, String prefecture) {
        if (effectiveFrom == null) {
            throw UserFacingException.onField("from", "minimumWage.from.required");
        }
        if (yenPerHour == null || yenPerHour < MIN_YEN || yenPerHour > MAX_YEN) {
            throw UserFacingException.onField("yen", "minimumWage.yen.range", MIN_YEN, MAX_YEN);
        }
        if (prefecture == null || prefecture.isBlank()) {
            throw UserFacingException.onField("prefecture", "minimumWage.prefecture.required");
        }
        if (prefecture.strip().length() > PREFECTURE_MAX) {
            throw UserFacingException.onField("prefecture", "minimumWage.prefecture.size", PREFECTURE_MAX);
        }
        String where = prefecture.strip();
        MinimumWage wage = wages.findById(new MinimumWage.Key(where, effectiveFrom))
                .orElseGet(() -> new MinimumWage(where, effectiveFrom));
        wage.set(yenPerHour, currentUser.username(), clock.instant());
        wages.save(wage);
    }
}
