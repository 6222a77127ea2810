package jp.tsunagu.crm;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByDealIdOrderByOccurredOnDescIdDesc(long dealId, Pageable pageable);

    List<Activity> findByCustomerIdOrderByOccurredOnDescIdDesc(long customerId, Pageable pageable);
}
