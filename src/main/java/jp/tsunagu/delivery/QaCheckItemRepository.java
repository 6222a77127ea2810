package jp.tsunagu.delivery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QaCheckItemRepository extends JpaRepository<QaCheckItem, Long> {

    List<QaCheckItem> findByDealIdOrderBySortOrderAscIdAsc(long dealId);

    void deleteByDealId(long dealId);
}
