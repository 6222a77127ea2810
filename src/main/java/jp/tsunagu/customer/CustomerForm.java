package jp.tsunagu.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a director types to register or edit a customer; the service checks it again. */
public class CustomerForm {

    @NotBlank(message = "{customer.name.required}")
    @Size(max = Customer.NAME_MAX, message = "{customer.name.size}")
    private String name;

    @Size(max = Customer.KANA_MAX, message = "{customer.kana.size}")
    @Pattern(
            regexp = "^[\\p{InKatakana}\\p{InHiragana}\\p{InHalfwidth_and_Fullwidth_Forms}ー・\\s\\u3000]*$",
            message = "{customer.kana.pattern}")
    private String kana;

    @Size(max = 100, message = "{customer.industry.size}")
    private String industry;

    private CompanySize size;

    @Size(max = 20, message = "{customer.prefecture.size}")
    private String prefecture;

    @Size(max = 300, message = "{customer.address.size}")
    private String address;

    @Pattern(regexp = "^$|^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$", message = "{customer.phone.pattern}")
    private String phone;

    private LeadSource leadSource;
    private String director;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKana() {
        return kana;
    }

    public void setKana(String kana) {
        this.kana = kana;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public CompanySize getSize() {
        return size;
    }

    public void setSize(CompanySize size) {
        this.size = size;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LeadSource getLeadSource() {
        return leadSource;
    }

    public void setLeadSource(LeadSource leadSource) {
        this.leadSource = leadSource;
    }

    public String getDirector() {
        return director;
    }

    public void setDirector(String director) {
        this.director = director;
    }
}
