package jp.tsunagu.deal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's list of lost reasons: read by every form that loses a deal, kept by the admin. */
@Service
public class LostReasons {

    private final LostReasonRepository reasons;

    LostReasons(LostReasonRepository reasons) {
        this.reasons = reasons;
    }

    /** Every reason, retired ones included (old deals still show them). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LostReasonOption> all() {
        return reasons.findAllByOrderBySortOrderAscCodeAsc().stream()
                .map(LostReason::toOption)
                .toList();
    }

    /** The reasons a person may choose now. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LostReasonOption> active() {
        return all().stream().filter(LostReasonOption::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<LostReasonOption> find(String code) {
        return code == null ? Optional.empty() : reasons.findById(code).map(LostReason::toOption);
    }

    /** Adds a reason at the end of the list; its code is made from the list's size. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public LostReasonOption add(String labelJa, String labelEn, boolean needsNote) {
        int order = reasons.maxSortOrder() + 10;
        String code = "R" + order;
        while (reasons.existsById(code)) {
            order++;
            code = "R" + order;
        }
        LostReason reason = new LostReason(code, order);
        reason.update(
                label("labelJa", labelJa),
                labelEn == null || labelEn.isBlank() ? label("labelJa", labelJa) : label("labelEn", labelEn),
                needsNote,
                true);
        return reasons.save(reason).toOption();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void update(String code, String labelJa, String labelEn, boolean needsNote, boolean active) {
        LostReason reason = reasons.findById(code).orElseThrow(() -> new UserFacingException("lostReason.unknown"));
        reason.update(label("labelJa", labelJa), label("labelEn", labelEn), needsNote, active);
    }

    /** A label stripped; refused beside {@code field} when empty or too long. */
    private static String label(String field, String text) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.onField(field, "lostReason.label.required");
        }
        if (text.strip().length() > LostReason.LABEL_MAX) {
            throw UserFacingException.onField(field, "lostReason.label.size", LostReason.LABEL_MAX);
        }
        return text.strip();
    }
}
