package jp.tsunagu.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person at a customer: reachable by mail or phone, or both. */
public class ContactForm {

    @NotBlank(message = "{contact.name.required}")
    @Size(max = 100, message = "{contact.name.size}")
    private String name;

    @Size(max = 100, message = "{contact.role.size}")
    private String role;

    @Email(message = "{contact.email.pattern}")
    @Size(max = 254, message = "{contact.email.pattern}")
    private String email;

    @Pattern(regexp = "^$|^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$", message = "{customer.phone.pattern}")
    private String phone;

    public boolean reachable() {
        return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
