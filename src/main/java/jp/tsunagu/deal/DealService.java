package jp.tsunagu.deal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.base.Lookups;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The rules of a deal's own data. Creating a deal publishes {@link DealCreatedEvent}, on which the
 * pipeline starts the deal's process in the same transaction; the pipeline in turn tells the deal which
 * stage it has entered and how it ended.
 */
@Service
@Validated
public class DealService {

    private final DealRepository deals;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    DealService(
            DealRepository deals,
            CustomerService customers,
            CurrentUser currentUser,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.deals = deals;
        this.customers = customers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a deal owned by the director who creates it; its process starts at the lead stage. */
    @RolesAllowed(AppRoles.DIRECTOR)
    @Transactional
    public long create(@Valid NewDeal form) {
        Customer customer = customers
                .find(form.getCustomerId())
                .orElseThrow(() -> new UserFacingException("deal.customer.unknown"));
        Deal created = new Deal(
                customer,
                form.getTitle().strip(),
                form.getCategory(),
                form.getOrderType(),
                form.getMonthlyAmount(),
                currentUser.username(),
                clock.instant());
        created.prioritise(form.getPriority());
        Deal deal = deals.save(created);
        events.publishEvent(new DealCreatedEvent(deal.getId(), deal.getWorkCategory()));
        audit.record(
                AuditKind.DEAL,
                deal.getId(),
                deal.getId(),
                "created",
                String.join(
                        " / ",
                        deal.getTitle(),
                        customer.getName(),
                        AuditLog.ja("category." + deal.getWorkCategory()),
                        AuditLog.ja("orderType." + deal.getOrderType()),
                        "¥" + String.format("%,d", deal.getMonthlyAmount())));
        return deal.getId();
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<DealListItem> page(DealFilter filter, int offset, int limit, Sort sort) {
        int size = Math.max(1, limit);
        Sort order = sort.isSorted() ? sort : Sort.by(Sort.Direction.DESC, "updatedAt");
        return deals.findItems(
                text(filter),
                filter.status(),
                filter.stage(),
                filter.category(),
                director(filter),
                PageRequest.of(offset / size, size, order));
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public int count(DealFilter filter) {
        return (int)
                deals.countItems(text(filter), filter.status(), filter.stage(), filter.category(), director(filter));
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public Optional<DealDetails> details(long id) {
        return deals.findWithCustomer(id).map(DealDetails::of);
    }

    /** The deal to work on: refused when there is none, or when it is won, lost or completed. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public DealDetails open(long id) {
        DealDetails deal = details(id).orElseThrow(() -> UserFacingException.notFound("deal.notFound", id));
        if (deal.status() != DealStatus.OPEN) {
            throw new UserFacingException("deal.closed");
        }
        return deal;
    }

    /** Cards shown per board column; the column's count and total cover them all. */
    public static final int BOARD_CARDS = 30;

    /**
     * The pipeline board: open deals by step, with each column's count and monthly demand, narrowed by
     * director, kind of work and a minimum monthly amount. The cards are the largest deals of the column.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<BoardColumn> board(String director, WorkCategory category, long minAmount) {
        Map<DealStage, long[]> totals = new EnumMap<>(DealStage.class);
        for (Object[] row : deals.boardTotals(director, category, minAmount)) {
            long[] t = totals.computeIfAbsent(((DealStage) row[0]).step(), s -> new long[2]);
            t[0] += ((Number) row[1]).longValue();
            t[1] += ((Number) row[2]).longValue();
        }
        return DealStage.steps().stream()
                .map(step -> {
                    long[] t = totals.getOrDefault(step, new long[2]);
                    List<DealStage> stages = Arrays.stream(DealStage.values())
                            .filter(s -> s.step() == step)
                            .toList();
                    List<DealListItem> cards = t[0] == 0
                            ? List.of()
                            : deals.boardCards(director, category, minAmount, stages, PageRequest.of(0, BOARD_CARDS));
                    return new BoardColumn(step, t[0], t[1], cards);
                })
                .toList();
    }

    /** A customer's deals, latest activity first. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<DealListItem> ofCustomer(long customerId) {
        return deals.findByCustomer(customerId, PageRequest.of(0, 200));
    }

    /** Summaries of the deals behind a page of tasks, by id. */
    @Transactional(readOnly = true)
    public Map<Long, DealSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Lookups.byKeys(ids, deals::findSummary, deals::findSummaries).stream()
                .collect(Collectors.toMap(DealSummary::id, Function.identity()));
    }

    /** Ids of deals whose title or customer contains the text, newest first, at most {@code max}. */
    @Transactional(readOnly = true)
    public List<Long> idsMatching(String text, int max) {
        return deals.findIdsMatching(text.strip().toLowerCase(Locale.ROOT), PageRequest.of(0, max));
    }

    /** The intermediary staff member who took the deal on, if any yet. */
    @Transactional(readOnly = true)
    public String intermediaryOf(long dealId) {
        return load(dealId).getIntermediary();
    }

    /** The deal's current version, for a completion made on someone's behalf (a facility's answer). */
    @Transactional(readOnly = true)
    public long versionOf(long dealId) {
        return load(dealId).getVersion();
    }

    @Transactional(readOnly = true)
    public DealStage stageOf(long dealId) {
        return load(dealId).getStage();
    }

    @Transactional(readOnly = true)
    public WorkCategory categoryOf(long dealId) {
        return load(dealId).getWorkCategory();
    }

    @Transactional(readOnly = true)
    public String titleOf(long dealId) {
        return load(dealId).getTitle();
    }

    @Transactional(readOnly = true)
    public DealStatus statusOf(long dealId) {
        return load(dealId).getStatus();
    }

    /** How urgent the deal is: its hand-offs' SLA targets follow it. */
    @Transactional(readOnly = true)
    public DealPriority priorityOf(long dealId) {
        return load(dealId).getPriority();
    }

    /** The director who owns the deal. */
    @Transactional(readOnly = true)
    public String directorOf(long dealId) {
        return load(dealId).getDirector();
    }

    /**
     * Names the owner on each side. Each side names its own (a director the company's, intermediary staff
     * theirs); a supervisor names both. Owners must be active users of the right role.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional
    public void setOwners(long dealId, long expectedVersion, String director, String intermediary) {
        Deal deal = load(dealId);
        if (deal.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("deal.changed");
        }
        boolean supervisor = currentUser.hasRole(AppRoles.SUPERVISOR);
        boolean directorChanged = !Objects.equals(director, deal.getDirector());
        boolean intermediaryChanged = !Objects.equals(intermediary, deal.getIntermediary());
        if (directorChanged && !supervisor && !currentUser.hasRole(AppRoles.DIRECTOR)) {
            throw new UserFacingException("deal.owner.notYourSide");
        }
        if (intermediaryChanged && !supervisor && !currentUser.hasRole(AppRoles.INTERMEDIARY)) {
            throw new UserFacingException("deal.owner.notYourSide");
        }
        if (director == null || !users.hasRole(director, AppRoles.DIRECTOR)) {
            throw UserFacingException.onField("director", "deal.owner.director.invalid");
        }
        if (intermediary != null && !users.hasRole(intermediary, AppRoles.INTERMEDIARY)) {
            throw UserFacingException.onField("intermediary", "deal.owner.intermediary.invalid");
        }
        String before = owners(deal.getDirector(), deal.getIntermediary());
        deal.setOwners(director, intermediary, clock.instant());
        String after = owners(director, intermediary);
        if (!before.equals(after)) {
            audit.record(AuditKind.DEAL, dealId, dealId, "owners", before + " → " + after);
        }
    }

    private String owners(String director, String intermediary) {
        return AuditLog.ja("deal.director") + ": " + users.displayName(director) + " / "
                + AuditLog.ja("deal.intermediary") + ": "
                + (intermediary == null ? "—" : users.displayName(intermediary));
    }

    private Deal load(long dealId) {
        return deals.findById(dealId).orElseThrow(() -> UserFacingException.notFound("deal.notFound", dealId));
    }

    private static String text(DealFilter filter) {
        return filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
    }

    private String director(DealFilter filter) {
        return filter.onlyMine() ? currentUser.username() : null;
    }
}
