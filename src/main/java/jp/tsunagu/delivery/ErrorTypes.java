package jp.tsunagu.delivery;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of error inspectors count. The admin adds, renames and retires them; a retired kind stays on old
 * inspections and in the error-rate sheet but is no longer offered.
 */
@Service
public class ErrorTypes {

    public static final int LABEL_MAX = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final ErrorTypeRepository types;

    ErrorTypes(ErrorTypeRepository types) {
        this.types = types;
    }

    @Transactional(readOnly = true)
    public List<ErrorTypeOption> all() {
        return types.findAllByOrderBySortOrderAscCodeAsc().stream()
                .map(ErrorType::option)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ErrorTypeOption> active() {
        return all().stream().filter(ErrorTypeOption::active).toList();
    }

    /** Adds a kind. Refused for a code that is not A–Z/0–9/_ or is taken, or a missing or over-long label. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void add(String code, String labelJa, String labelEn) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw UserFacingException.onField("code", "errorType.code.format");
        }
        if (types.existsById(c)) {
            throw UserFacingException.conflict("errorType.code.taken", c);
        }
        checkLabels(labelJa, labelEn);
        int last = types.findAllByOrderBySortOrderAscCodeAsc().stream()
                .mapToInt(ErrorType::getSortOrder)
                .filter(o -> o < 90)
                .max()
                .orElse(0);
        types.save(new ErrorType(c, labelJa.strip(), labelEn.strip(), last + 10));
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void update(String code, String labelJa, String labelEn, boolean active) {
        ErrorType type = types.findById(code).orElseThrow(() -> new UserFacingException("errorType.unknown"));
        checkLabels(labelJa, labelEn);
        type.update(labelJa.strip(), labelEn.strip(), active);
    }

    private static void checkLabels(String ja, String en) {
        checkLabel("labelJa", ja);
        checkLabel("labelEn", en);
    }

    /** A label is refused beside {@code field} when empty or too long. */
    private static void checkLabel(String field, String text) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.onField(field, "errorType.label.required");
        }
        if (text.strip().length() > LABEL_MAX) {
            throw UserFacingException.onField(field, "errorType.label.size", LABEL_MAX);
        }
    }
}
