package jp.tsunagu.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of error the inspectors count (omission, wrong entry, …): the admin keeps the list. */
@Entity
@Table(name = "error_type")
class ErrorType {

    @Id
    private String code;

    @Column(name = "label_ja", nullable = false)
    private String labelJa;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected ErrorType() {}

    ErrorType(String code, String labelJa, String labelEn, int sortOrder) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    void update(String labelJa, String labelEn, boolean active) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.active = active;
    }

    ErrorTypeOption option() {
        return new ErrorTypeOption(code, labelJa, labelEn, sortOrder, active);
    }

    String getCode() {
        return code;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
