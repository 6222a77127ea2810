package jp.tsunagu.questions;

/** Where a question stands: open, put to the customer (the deal's clocks pause), or answered. */
public enum QuestionState {
    OPEN,
    WAITING_CUSTOMER,
    ANSWERED
}
