package jp.tsunagu.assignment;

import java.util.List;
import java.util.Map;
import jp.tsunagu.delivery.AssignedShares;
import jp.tsunagu.security.FacilityNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The delivery plan's view of a deal's assignments: each facility with its name and share of the job. */
@Component
class AssignmentShares implements AssignedShares {

    private final AssignmentRepository assignments;
    private final FacilityNames facilities;

    AssignmentShares(AssignmentRepository assignments, FacilityNames facilities) {
        this.assignments = assignments;
        this.facilities = facilities;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Share> of(long dealId) {
        List<Assignment> list = assignments.findByDealIdOrderById(dealId);
        Map<Long, String> names =
                facilities.names(list.stream().map(Assignment::getFacilityId).toList());
        return list.stream()
                .map(a -> new Share(a.getFacilityId(), names.getOrDefault(a.getFacilityId(), "?"), a.getQuantity()))
                .toList();
    }
}
