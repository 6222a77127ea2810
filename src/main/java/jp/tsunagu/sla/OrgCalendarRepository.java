package jp.tsunagu.sla;

import jp.tsunagu.deal.Party;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrgCalendarRepository extends JpaRepository<OrgCalendar, Party> {

    /** A closing day added or removed: the calendar's version moves, so that every node reads it again. */
    @Modifying(flushAutomatically = true)
    @Query("update OrgCalendar c set c.version = c.version + 1 where c.party = ?1")
    int touch(Party party);
}
