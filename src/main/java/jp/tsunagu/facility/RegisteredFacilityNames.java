package jp.tsunagu.facility;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.security.FacilityNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registry's facilities for the account screens (a facility's staff belong to one). */
@Component
class RegisteredFacilityNames implements FacilityNames {

    private final JdbcTemplate jdbc;

    RegisteredFacilityNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FacilityName> all() {
        return jdbc.query(
                "select id, name from facility order by name, id",
                (rs, i) -> new FacilityName(rs.getLong(1), rs.getString(2)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> facilityIds) {
        Map<Long, String> names = new HashMap<>();
        if (!facilityIds.isEmpty()) {
            jdbc.query(
                    "select id, name from facility where id = any(?)",
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    },
                    (Object) facilityIds.toArray(Long[]::new));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> name(long facilityId) {
        return jdbc.query("select name from facility where id = ?", (rs, i) -> rs.getString(1), facilityId).stream()
                .findFirst();
    }
}
