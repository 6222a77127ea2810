package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.customer.Customer;
import jp.tsunagu.customer.CustomerForm;
import jp.tsunagu.customer.CustomerService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers: a page of the list, one customer, and a new one (refused as a likely duplicate unless confirmed). */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
class CustomerApi {

    record CustomerJson(
            long id,
            String name,
            String kana,
            String industry,
            String prefecture,
            String address,
            String phone,
            String director,
            Instant createdAt) {
        static CustomerJson of(Customer c) {
            return new CustomerJson(
                    c.getId(),
                    c.getName(),
                    c.getKana(),
                    c.getIndustry(),
                    c.getPrefecture(),
                    c.getAddress(),
                    c.getPhone(),
                    c.getDirector(),
                    c.getCreatedAt());
        }
    }

    private final CustomerService customers;

    CustomerApi(CustomerService customers) {
        this.customers = customers;
    }

    @GetMapping
    @Operation(summary = "Customers whose name or reading contains the text, in 50音 order of their reading")
    DealApi.Page<CustomerJson> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String text) {
        DealApi.checkPage(page, size);
        String q = text == null ? "" : text;
        return new DealApi.Page<>(
                page,
                size,
                customers.count(q, null),
                customers.page(q, null, page * size, size).stream()
                        .map(CustomerJson::of)
                        .toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer")
    CustomerJson get(@PathVariable long id) {
        return customers
                .find(id)
                .map(CustomerJson::of)
                .orElseThrow(() -> UserFacingException.notFound("customer.notFound"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers a customer; a similar name or phone is refused unless notADuplicate=true")
    CustomerJson create(@RequestBody CustomerForm form, @RequestParam(defaultValue = "false") boolean notADuplicate) {
        return CustomerJson.of(customers.register(form, notADuplicate));
    }
}
