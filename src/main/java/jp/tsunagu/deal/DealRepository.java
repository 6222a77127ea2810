package jp.tsunagu.deal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealRepository extends JpaRepository<Deal, Long> {

    String FILTER = " from Deal d join d.customer c where "
            + "(:text = '' or lower(d.title) like concat('%', :text, '%') or lower(c.name) like concat('%', :text, '%')) "
            + "and (:status is null or d.status = :status) "
            + "and (:stage is null or d.stage = :stage) "
            + "and (:category is null or d.workCategory = :category) "
            + "and (:director is null or d.director = :director)";

    @Query("select new jp.tsunagu.deal.DealListItem(d.id, d.title, c.name, d.workCategory, d.orderType, "
            + "d.monthlyAmount, d.stage, d.status, d.director, d.updatedAt)" + FILTER)
    List<DealListItem> findItems(
            @Param("text") String text,
            @Param("status") DealStatus status,
            @Param("stage") DealStage stage,
            @Param("category") WorkCategory category,
            @Param("director") String director,
            Pageable pageable);

    @Query("select count(d)" + FILTER)
    long countItems(
            @Param("text") String text,
            @Param("status") DealStatus status,
            @Param("stage") DealStage stage,
            @Param("category") WorkCategory category,
            @Param("director") String director);

    @Query("select new jp.tsunagu.deal.DealSummary(d.id, d.title, c.name, d.workCategory, d.monthlyAmount) "
            + "from Deal d join d.customer c where d.id in :ids")
    List<DealSummary> findSummaries(@Param("ids") Collection<Long> ids);

    /** One deal's summary (see {@link jp.tsunagu.base.Lookups}). */
    @Query("select new jp.tsunagu.deal.DealSummary(d.id, d.title, c.name, d.workCategory, d.monthlyAmount) "
            + "from Deal d join d.customer c where d.id = :id")
    Optional<DealSummary> findSummary(@Param("id") long id);

    @Query("select d.id from Deal d join d.customer c where lower(d.title) like concat('%', :text, '%') "
            + "or lower(c.name) like concat('%', :text, '%') order by d.id desc")
    List<Long> findIdsMatching(@Param("text") String text, Pageable pageable);

    @Query("select new jp.tsunagu.deal.DealListItem(d.id, d.title, c.name, d.workCategory, d.orderType, "
            + "d.monthlyAmount, d.stage, d.status, d.director, d.updatedAt) from Deal d join d.customer c "
            + "where c.id = :customerId order by d.updatedAt desc")
    List<DealListItem> findByCustomer(@Param("customerId") long customerId, Pageable pageable);

    String BOARD = " from Deal d join d.customer c where d.status = jp.tsunagu.deal.DealStatus.OPEN "
            + "and (:director is null or d.director = :director) "
            + "and (:category is null or d.workCategory = :category) "
            + "and d.monthlyAmount >= :minAmount";

    @Query("select d.stage, count(d), coalesce(sum(d.monthlyAmount), 0)" + BOARD + " group by d.stage")
    List<Object[]> boardTotals(
            @Param("director") String director,
            @Param("category") WorkCategory category,
            @Param("minAmount") long minAmount);

    @Query("select new jp.tsunagu.deal.DealListItem(d.id, d.title, c.name, d.workCategory, d.orderType, "
            + "d.monthlyAmount, d.stage, d.status, d.director, d.updatedAt)" + BOARD
            + " and d.stage in :stages order by d.monthlyAmount desc, d.id")
    List<DealListItem> boardCards(
            @Param("director") String director,
            @Param("category") WorkCategory category,
            @Param("minAmount") long minAmount,
            @Param("stages") Collection<DealStage> stages,
            Pageable pageable);

    @Query("select d from Deal d join fetch d.customer where d.id = :id")
    Optional<Deal> findWithCustomer(@Param("id") long id);
}
