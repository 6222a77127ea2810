package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jp.tsunagu.search.SearchHit;
import jp.tsunagu.search.SearchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The header's search from outside: the same results, limited to what the caller may see. */
@RestController
@Tag(name = "Search")
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(
            summary = "Deals, customers (name or reading), contacts, facilities, questions and activities matching "
                    + "the words (2 characters or more; width, kana and 株式会社/(株) do not matter); up to 8 of each kind, best "
                    + "first; facility staff find only their own deals and their questions")
    List<SearchHit> search(@RequestParam String q) {
        return search.search(q);
    }
}
