package jp.tsunagu.sla;

import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.deal.Party;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClosingDayRepository extends JpaRepository<ClosingDay, Long> {

    List<ClosingDay> findByPartyOrderByFirstDay(Party party);

    @Query("select count(c) > 0 from ClosingDay c where c.party = ?1 and c.firstDay <= ?3 and c.lastDay >= ?2")
    boolean overlaps(Party party, LocalDate first, LocalDate last);
}
