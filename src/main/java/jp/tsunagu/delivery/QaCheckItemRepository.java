package jp.tsunagu.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface QaCheckItemRepository extends JpaRepository<QaCheckItem, Long> {

    List<QaCheckItem> findByDealIdOrderBySortOrderAscIdAsc(long dealId);

    void deleteByDealId(long dealId);
}
