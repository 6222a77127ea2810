package jp.tsunagu;

import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.UUID;

/**
 * Data a test makes for itself. Names are unique per call, so tests sharing one database (and a CI
 * database that outlives the run) never see each other's deals.
 */
@Component
public class TestData {

    private final CustomerService customers;
    private final DealService deals;

    TestData(CustomerService customers, DealService deals) {
        this.customers = customers;
        this.deals = deals;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Logs in (for services) as the user with the roles. */
    public static void actAs(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(username, "n/a", authorities));
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    public long customer() {
        return customers.create(unique("テスト顧客"), "製造業", "静岡県", "054-000-0000").getId();
    }

    /** The deal's current version, as a form that shows it would hold it. */
    public long dealVersion(long dealId) {
        return deals.details(dealId).orElseThrow().version();
    }

    /** A new deal created by the current user (who must be a director). */
    public long deal(String title, WorkCategory category) {
        NewDeal form = new NewDeal();
        form.setCustomerId(customer());
        form.setTitle(title);
        form.setCategory(category);
        form.setOrderType(OrderType.RECURRING);
        form.setMonthlyAmount(120_000L);
        return deals.create(form);
    }
}
