package jp.tsunagu.customer;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person at a customer whom the director deals with. */
@Entity
@Table(name = "customer_contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private String name;

    private String role;

    private String email;

    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Contact() {}

    Contact(long customerId, ContactForm f, Instant now) {
        this.customerId = customerId;
        this.name = f.getName().strip();
        this.role = blankToNull(f.getRole());
        this.email = blankToNull(f.getEmail());
        this.phone = blankToNull(f.getPhone());
        this.createdAt = now;
    }

    ContactRow toRow() {
        return new ContactRow(id, name, role, email, phone);
    }
}
