package jp.tsunagu.customer;

import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Customers: looked up by name when a deal is created. */
@Service
public class CustomerService {

    private final CustomerRepository customers;
    private final Clock clock;

    CustomerService(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /** A page of customers whose name contains the filter, for a lazy combo box. */
    @PermitAll
    @Transactional(readOnly = true)
    public Stream<CustomerOption> options(String filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return customers.findOptions(filter == null ? "" : filter.strip(), PageRequest.of(offset / size, size))
                .stream();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Customer> find(long id) {
        return customers.findById(id);
    }

    @Transactional
    public Customer create(String name, String industry, String prefecture, String phone) {
        return customers.save(new Customer(name, industry, prefecture, phone, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<CustomerOption> all() {
        return customers.findOptions("", PageRequest.of(0, 1000));
    }
}
