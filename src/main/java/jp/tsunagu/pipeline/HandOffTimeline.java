package jp.tsunagu.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deal's hand-offs in the order they happened, with people's names. */
@Service
public class HandOffTimeline {

    private final HandOffRepository handOffs;
    private final UserDirectory users;

    HandOffTimeline(HandOffRepository handOffs, UserDirectory users) {
        this.handOffs = handOffs;
        this.users = users;
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<HandOffEntry> of(long dealId) {
        List<HandOff> rows = handOffs.findByDealIdOrderByCreatedAtAscIdAsc(dealId);
        Set<String> names = new HashSet<>();
        rows.forEach(h -> Stream.of(h.getCreatedBy(), h.getClaimedBy(), h.getCompletedBy())
                .filter(Objects::nonNull)
                .forEach(names::add));
        Map<String, String> display = users.displayNames(names);
        return rows.stream()
                .map(h -> new HandOffEntry(
                        h.getFromStage(),
                        h.getFromParty(),
                        h.getToStage(),
                        h.getToParty(),
                        h.isCrossParty(),
                        h.getCreatedAt(),
                        name(display, h.getCreatedBy()),
                        h.getClaimedAt(),
                        name(display, h.getClaimedBy()),
                        h.getCompletedAt(),
                        name(display, h.getCompletedBy()),
                        h.getOutcome()))
                .toList();
    }

    private static String name(Map<String, String> display, String username) {
        return username == null ? null : display.getOrDefault(username, username);
    }
}
