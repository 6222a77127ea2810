package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealFilter;
import jp.tsunagu.deal.DealListItem;
import jp.tsunagu.deal.DealPriorities;
import jp.tsunagu.deal.DealPriority;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.WorkCategory;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deals: a page of the list, one deal, a new deal (directors; its process starts at the lead stage), and a deal's
 * priority (通常 / 急ぎ; hand-offs that start afterwards run on its SLA targets).
 */
@RestController
@RequestMapping("/api/deals")
@Tag(name = "Deals")
class DealApi {

    static final int PAGE_MAX = 500;

    record Page<T>(int page, int size, long total, List<T> items) {}

    record Created(long id) {}

    record Priority(DealPriority priority) {}

    private final DealService deals;
    private final DealPriorities priorities;

    DealApi(DealService deals, DealPriorities priorities) {
        this.deals = deals;
        this.priorities = priorities;
    }

    @GetMapping
    @Operation(summary = "Deals, newest change first, optionally narrowed by text, status, stage or kind of work")
    Page<DealListItem> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) DealStatus status,
            @RequestParam(required = false) DealStage stage,
            @RequestParam(required = false) WorkCategory category) {
        checkPage(page, size);
        DealFilter filter = new DealFilter(text == null ? "" : text, status, stage, category, false);
        return new Page<>(
                page,
                size,
                deals.count(filter),
                deals.page(filter, page * size, size, Sort.by(Sort.Direction.DESC, "updatedAt")));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deal")
    DealDetails get(@PathVariable long id) {
        return deals.details(id).orElseThrow(() -> UserFacingException.notFound("deal.notFound", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opens a deal owned by the calling director")
    Created create(@RequestBody NewDeal deal) {
        return new Created(deals.create(deal));
    }

    @PutMapping("/{id}/priority")
    @Operation(
            summary =
                    "Sets an open deal's priority (NORMAL or URGENT); hand-offs already under way keep their deadline")
    Priority prioritise(@PathVariable long id, @RequestBody Priority body) {
        return new Priority(priorities.change(id, body == null ? null : body.priority()));
    }

    static void checkPage(int page, int size) {
        // page × size must stay an int offset: a huge page number would overflow into a negative one.
        if (page < 0 || size < 1 || size > PAGE_MAX || (long) page * size > Integer.MAX_VALUE - size) {
            throw new UserFacingException("api.page", PAGE_MAX);
        }
    }
}
