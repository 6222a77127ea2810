package jp.tsunagu.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Customers and their contacts. Registering one first looks for the same company under another spelling
 * or the same phone number, so a lead is not entered twice by two directors.
 */
@Service
@Validated
public class CustomerService {

    /** How many possible duplicates a registration shows. */
    static final int SIMILAR_MAX = 5;

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final Clock clock;

    CustomerService(CustomerRepository customers, ContactRepository contacts, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** A page of customers whose name contains the filter, for a lazy combo box. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public Stream<CustomerOption> options(String filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return customers
                .findOptions(filter == null ? "" : filter.strip(), PageRequest.of(offset / size, size))
                .stream();
    }

    /** A customer, for the company side (facility staff and admins never read customers). */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public Optional<Customer> find(long id) {
        return customers.findById(id);
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public Optional<CustomerForm> form(long id) {
        return customers.findById(id).map(Customer::toForm);
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<Customer> page(String text, String director, int offset, int limit) {
        int size = Math.max(1, limit);
        return customers.findPage(text(text), director, PageRequest.of(offset / size, size, Sort.by("sortKey", "id")));
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public int count(String text, String director) {
        return (int) customers.countPage(text(text), director);
    }

    /** Customers that may be the same company: a similar name, or the same phone number. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<Customer> similar(String name, String phone) {
        String key = Customer.nameKey(name);
        if (key.isEmpty() && Customer.phoneDigits(phone) == null) {
            return List.of();
        }
        return customers.findSimilar(
                key.isEmpty() ? "\u0000" : key, Customer.phoneDigits(phone), PageRequest.of(0, SIMILAR_MAX));
    }

    /**
     * Registers a customer. Unless the director has seen the possible duplicates and confirmed that this is
     * another company, a registration that has any is refused.
     */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.SUPERVISOR})
    @Transactional
    public Customer register(@Valid CustomerForm form, boolean notADuplicate) {
        if (!notADuplicate && !similar(form.getName(), form.getPhone()).isEmpty()) {
            throw new UserFacingException("customer.duplicate");
        }
        return customers.save(new Customer(form, clock.instant()));
    }

    /** Saves changes to a customer, provided nobody saved it since {@code expectedVersion} was read. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.SUPERVISOR})
    @Transactional
    public void update(long id, long expectedVersion, @Valid CustomerForm form) {
        Customer customer = load(id);
        if (customer.getVersion() != expectedVersion) {
            throw UserFacingException.conflict("customer.changed");
        }
        customer.update(form);
    }

    /** For demo data and imports: a customer with the basic facts only. */
    @Transactional
    public Customer create(String name, String industry, String prefecture, String phone) {
        CustomerForm f = new CustomerForm();
        f.setName(name);
        f.setIndustry(industry);
        f.setPrefecture(prefecture);
        f.setPhone(phone);
        return customers.save(new Customer(f, clock.instant()));
    }

    /** Customers already registered under these names (compared as duplicates are: legal form and width aside). */
    @Transactional(readOnly = true)
    public Map<String, Customer> byName(Collection<String> names) {
        Map<String, String> keys = new HashMap<>();
        names.forEach(n -> keys.put(Customer.nameKey(n), n));
        Map<String, Customer> found = new HashMap<>();
        customers.findByNameKeyIn(keys.keySet()).forEach(c -> found.putIfAbsent(keys.get(c.getNameKey()), c));
        return found;
    }

    @Transactional(readOnly = true)
    public List<CustomerOption> all() {
        return customers.findOptions("", PageRequest.of(0, 1000));
    }

    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
    @Transactional(readOnly = true)
    public List<ContactRow> contacts(long customerId) {
        return contacts.findByCustomerIdOrderById(customerId).stream()
                .map(Contact::toRow)
                .toList();
    }

    /** Adds a contact; one with neither mail nor phone is no contact and is refused. */
    @RolesAllowed({AppRoles.DIRECTOR, AppRoles.SUPERVISOR})
    @Transactional
    public void addContact(long customerId, @Valid ContactForm form) {
        load(customerId);
        if (!form.reachable()) {
            throw new UserFacingException("contact.unreachable");
        }
        contacts.save(new Contact(customerId, form, clock.instant()));
    }

    private Customer load(long id) {
        return customers.findById(id).orElseThrow(() -> UserFacingException.notFound("customer.notFound"));
    }

    private static String text(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
