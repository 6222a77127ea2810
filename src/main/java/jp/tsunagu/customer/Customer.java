package jp.tsunagu.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A company that orders work (発注企業). It does not log in. */
@Entity
@Table(name = "customer")
public class Customer {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    private String industry;

    private String prefecture;

    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Customer() {
    }

    public Customer(String name, String industry, String prefecture, String phone, Instant createdAt) {
        this.name = name;
        this.industry = industry;
        this.prefecture = prefecture;
        this.phone = phone;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIndustry() {
        return industry;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public String getPhone() {
        return phone;
    }
}
