package jp.tsunagu.deal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LostReasonRepository extends JpaRepository<LostReason, String> {

    List<LostReason> findAllByOrderBySortOrderAscCodeAsc();

    @Query("select coalesce(max(r.sortOrder), 0) from LostReason r")
    int maxSortOrder();
}
