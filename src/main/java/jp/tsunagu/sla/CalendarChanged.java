package jp.tsunagu.sla;

import java.util.List;
import jp.tsunagu.deal.Party;

/**
 * A calendar changed (business hours, a closing day, the national holidays), published inside the transaction of the
 * change: the open clocks counting on these organisations' calendars get new due times in that same transaction.
 */
record CalendarChanged(List<Party> owners) {}
