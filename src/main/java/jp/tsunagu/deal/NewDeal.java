package jp.tsunagu.deal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a director types to open a deal; the form binds to it and the service validates it again. */
public class NewDeal {

    @NotNull(message = "{deal.customer.required}")
    private Long customerId;

    @NotBlank(message = "{deal.title.required}")
    @Size(max = Deal.TITLE_MAX, message = "{deal.title.size}")
    private String title;

    @NotNull(message = "{deal.category.required}")
    private WorkCategory category;

    private DealPriority priority = DealPriority.NORMAL;

    @NotNull(message = "{deal.orderType.required}")
    private OrderType orderType = OrderType.ONE_OFF;

    @NotNull(message = "{deal.amount.required}")
    @PositiveOrZero(message = "{deal.amount.range}")
    @Max(value = Deal.MONTHLY_AMOUNT_MAX, message = "{deal.amount.range}")
    private Long monthlyAmount;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public WorkCategory getCategory() {
        return category;
    }

    public void setCategory(WorkCategory category) {
        this.category = category;
    }

    public OrderType getOrderType() {
        return orderType;
    }

    public void setOrderType(OrderType orderType) {
        this.orderType = orderType;
    }

    public Long getMonthlyAmount() {
        return monthlyAmount;
    }

    public void setMonthlyAmount(Long monthlyAmount) {
        this.monthlyAmount = monthlyAmount;
    }

    public DealPriority getPriority() {
        return priority;
    }

    public void setPriority(DealPriority priority) {
        this.priority = priority;
    }
}
