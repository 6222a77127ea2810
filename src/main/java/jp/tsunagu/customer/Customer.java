package jp.tsunagu.customer;

import static jp.tsunagu.base.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/** A company that orders work (発注企業). It does not log in. */
@Entity
@Table(name = "customer")
public class Customer {

    public static final int NAME_MAX = 200;
    public static final int KANA_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** The reading (フリガナ) in katakana, as Japanese offices keep it. */
    private String kana;

    /** The reading (or the name) normalised: lists sort by it in 50音 order. Computed by the database. */
    @Column(name = "sort_key", insertable = false, updatable = false)
    private String sortKey;

    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    private CompanySize size;

    private String prefecture;

    private String address;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_source")
    private LeadSource leadSource;

    private String director;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "phone_digits")
    private String phoneDigits;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Customer() {}

    Customer(CustomerForm f, Instant createdAt) {
        this.createdAt = createdAt;
        update(f);
    }

    void update(CustomerForm f) {
        this.name = f.getName().strip();
        this.kana = kana(f.getKana());
        this.industry = blankToNull(f.getIndustry());
        this.size = f.getSize();
        this.prefecture = blankToNull(f.getPrefecture());
        this.address = blankToNull(f.getAddress());
        this.phone = blankToNull(f.getPhone());
        this.leadSource = f.getLeadSource();
        this.director = blankToNull(f.getDirector());
        this.nameKey = nameKey(name);
        this.phoneDigits = phoneDigits(phone);
    }

    /**
     * A name as duplicates are compared: full and half width alike, without legal-form words
     * (株式会社, 有限会社, 合同会社, (株)) and spaces, in lower case. The migration computes the same in SQL.
     */
    String getNameKey() {
        return nameKey;
    }

    static String nameKey(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        return n.replaceAll("株式会社|有限会社|合同会社|\\(株\\)|[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    }

    /** A reading as typed (hiragana, half-width katakana, spaces) kept in full-width katakana; blank is none. */
    static String kana(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String n = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", " ");
        StringBuilder katakana = new StringBuilder(n.length());
        n.codePoints().forEach(c -> katakana.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
        return katakana.toString();
    }

    static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    CustomerForm toForm() {
        CustomerForm f = new CustomerForm();
        f.setName(name);
        f.setKana(kana);
        f.setIndustry(industry);
        f.setSize(size);
        f.setPrefecture(prefecture);
        f.setAddress(address);
        f.setPhone(phone);
        f.setLeadSource(leadSource);
        f.setDirector(director);
        return f;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKana() {
        return kana;
    }

    public String getIndustry() {
        return industry;
    }

    public CompanySize getSize() {
        return size;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public LeadSource getLeadSource() {
        return leadSource;
    }

    public String getDirector() {
        return director;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
