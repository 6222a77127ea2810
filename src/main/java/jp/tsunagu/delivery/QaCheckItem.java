package jp.tsunagu.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One check the inspector ticks before a batch of this deal goes to the customer. */
@Entity
@Table(name = "qa_check_item")
class QaCheckItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(nullable = false)
    private String label;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected QaCheckItem() {}

    QaCheckItem(long dealId, String label, int sortOrder) {
        this.dealId = dealId;
        this.label = label;
        this.sortOrder = sortOrder;
    }

    String getLabel() {
        return label;
    }
}
