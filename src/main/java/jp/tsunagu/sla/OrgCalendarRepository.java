package jp.tsunagu.sla;

import jp.tsunagu.deal.Party;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgCalendarRepository extends JpaRepository<OrgCalendar, Party> {
}
