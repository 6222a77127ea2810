package jp.tsunagu.questions;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.Party;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.SlaPauses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions and answers on a deal, instead of forwarded mails. Anyone on the deal asks (its director,
 * intermediary staff, staff of a facility it was offered to); the director answers, or first puts the
 * question to the customer, which pauses the deal's SLA clocks until the answer comes. Answered questions
 * are the deal's FAQ, which every facility offered the deal later reads.
 */
@Service
public class QuestionService {

    public static final int TEXT_MAX = Question.TEXT_MAX;

    private final QuestionRepository questions;
    private final DealService deals;
    private final OfferService offers;
    private final SlaPauses pauses;
    private final NotificationService notifications;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuestionService(
            QuestionRepository questions,
            DealService deals,
            OfferService offers,
            SlaPauses pauses,
            NotificationService notifications,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock) {
        this.questions = questions;
        this.deals = deals;
        this.offers = offers;
        this.pauses = pauses;
        this.notifications = notifications;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every question on the deal, oldest first. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<QuestionRow> of(long dealId) {
        return questions.findByDealIdOrderByAskedAt(dealId).stream()
                .map(this::row)
                .toList();
    }

    /** The deal's FAQ: answered questions in the order they were answered. Facilities see it for their offers. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
    @Transactional(readOnly = true)
    public List<QuestionRow> faq(long dealId) {
        if (currentUser.hasRole(AppRoles.FACILITY) && !offers.openToMe(dealId)) {
            throw new UserFacingException("question.notOnDeal");
        }
        return questions.findByDealIdAndStateOrderByAnsweredAt(dealId, QuestionState.ANSWERED).stream()
                .map(this::row)
                .toList();
    }

    /** The questions the current user asked on the deal, answered or not: a facility's view of its own. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public List<QuestionRow> askedByMe(long dealId) {
        if (!offers.offeredToMe(dealId)) {
            throw new UserFacingException("question.notOnDeal");
        }
        return questions.findByDealIdAndAskedByOrderByAskedAt(dealId, currentUser.username()).stream()
                .map(this::row)
                .toList();
    }

    /** Whether the facility's offer of the deal is live, so that it reads the FAQ and asks (its own stay readable). */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public boolean openToMe(long dealId) {
        return offers.openToMe(dealId);
    }

    /** The deal's title, for a facility offered the deal. */
    @RolesAllowed(AppRoles.FACILITY)
    @Transactional(readOnly = true)
    public String titleForFacility(long dealId) {
        if (!offers.offeredToMe(dealId)) {
            throw new UserFacingException("question.notOnDeal");
        }
        return deals.titleOf(dealId);
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.FACILITY})
    @Transactional
    public long ask(long dealId, String text) {
        String body = text(text, "question.text.required");
        Party party;
        if (currentUser.hasRole(AppRoles.FACILITY)) {
            if (!offers.openToMe(dealId)) {
                throw new UserFacingException("question.notOnDeal");
            }
            party = Party.FACILITY;
        } else {
            party = currentUser.hasRole(AppRoles.DIRECTOR) ? Party.COMPANY : Party.INTERMEDIARY;
        }
        if (deals.statusOf(dealId) != DealStatus.OPEN) {
            throw new UserFacingException("question.dealClosed");
        }
        Question q = questions.save(new Question(dealId, currentUser.username(), party, body, clock.instant()));
        String director = deals.directorOf(dealId);
        if (!director.equals(currentUser.username())) {
            notifications.notifyLinked(
                    director, "QUESTION", dealId, "/deals/" + dealId, "notice.question.asked", deals.titleOf(dealId));
        }
        return q.getId();
    }

    /**
     * The director puts the question to the customer: it waits for them, and the deal's running SLA clocks
     * pause (the time the customer takes is not the team's). Returns whether any clock paused.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.SUPERVISOR})
    @Transactional
    public boolean askCustomer(long questionId, long expectedVersion) {
        Question q = load(questionId, expectedVersion);
        checkAnswerer(q.getDealId());
        if (q.getState() != QuestionState.OPEN) {
            throw new UserFacingException("question.notOpen");
        }
        q.askCustomer(clock.instant());
        return pauses.pauseIfRunning(q.getDealId(), "顧客確認中：" + q.getText().strip());
    }

    /**
     * The director answers. When it was the last question waiting for the customer, the deal's paused clocks
     * run again.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.SUPERVISOR})
    @Transactional
    public void answer(long questionId, long expectedVersion, String answer) {
        Question q = load(questionId, expectedVersion);
        checkAnswerer(q.getDealId());
        if (q.getState() == QuestionState.ANSWERED) {
            throw UserFacingException.conflict("question.alreadyAnswered");
        }
        String body = text(answer, "question.answer.required");
        boolean waited = q.getState() == QuestionState.WAITING_CUSTOMER;
        q.answer(body, currentUser.username(), clock.instant());
        if (waited
                && !questions.existsByDealIdAndStateAndIdNot(
                        q.getDealId(), QuestionState.WAITING_CUSTOMER, q.getId())) {
            pauses.resumeIfPaused(q.getDealId());
        }
        if (!q.getAskedBy().equals(currentUser.username())) {
            // A facility reads the answer on its own page of the deal's questions.
            String link = q.getAskedParty() == Party.FACILITY
                    ? "/portal/deals/" + q.getDealId() + "/questions"
                    : "/deals/" + q.getDealId();
            notifications.notifyLinked(
                    q.getAskedBy(),
                    "QUESTION",
                    q.getDealId(),
                    link,
                    "notice.question.answered",
                    deals.titleOf(q.getDealId()));
        }
    }

    /** Whether this user answers the deal's questions: its director, or a supervisor. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public boolean canAnswer(long dealId) {
        return currentUser.hasRole(AppRoles.SUPERVISOR)
                || currentUser.hasRole(AppRoles.DIRECTOR)
                        && currentUser.username().equals(deals.directorOf(dealId));
    }

    private void checkAnswerer(long dealId) {
        if (!canAnswer(dealId)) {
            throw new UserFacingException("question.notYourDeal");
        }
    }

    private Question load(long questionId, long expectedVersion) {
        Question q =
                questions.findById(questionId).orElseThrow(() -> UserFacingException.notFound("question.notFound"));
        if (q.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("question.changed");
        }
        return q;
    }

    /** A question's or an answer's text, stripped: refused when empty ({@code requiredKey}) or too long. */
    private static String text(String text, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.onField("text", requiredKey);
        }
        if (text.strip().length() > TEXT_MAX) {
            throw UserFacingException.onField("text", "question.text.size", TEXT_MAX);
        }
        return text.strip();
    }

    /**
     * A question as its reader may see it: facility staff read another facility's question as asked by "a facility"
     * (the asker is {@code null}), never the person's name.
     */
    private QuestionRow row(Question q) {
        boolean otherFacility = q.getAskedParty() == Party.FACILITY
                && currentUser.hasRole(AppRoles.FACILITY)
                && !q.getAskedBy().equals(currentUser.username());
        return q.toRow(
                otherFacility ? null : users.displayName(q.getAskedBy()),
                q.getAnsweredBy() == null ? null : users.displayName(q.getAnsweredBy()));
    }
}
