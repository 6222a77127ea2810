package jp.tsunagu.deal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Why a deal was lost, from the list the admin keeps (price, lead time, capacity, …); the report asks for
 * lost reasons and lost amounts. Deals keep the code, so a reason is retired, never deleted.
 */
@Entity
@Table(name = "lost_reason")
class LostReason {

    static final int LABEL_MAX = 100;

    @Id
    private String code;

    @Column(name = "label_ja", nullable = false, length = LABEL_MAX)
    private String labelJa;

    @Column(name = "label_en", nullable = false, length = LABEL_MAX)
    private String labelEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "needs_note", nullable = false)
    private boolean needsNote;

    @Column(nullable = false)
    private boolean active = true;

    protected LostReason() {}

    LostReason(String code, int sortOrder) {
        this.code = code;
        this.sortOrder = sortOrder;
    }

    void update(String labelJa, String labelEn, boolean needsNote, boolean active) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.needsNote = needsNote;
        this.active = active;
    }

    LostReasonOption toOption() {
        return new LostReasonOption(code, labelJa, labelEn, needsNote, active);
    }

    String getCode() {
        return code;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
