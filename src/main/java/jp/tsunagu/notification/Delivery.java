package jp.tsunagu.notification;

/** How a person wants a kind of notice: at once (mail and chat), in the morning digest, or in the app only. */
public enum Delivery {
    IMMEDIATE,
    DIGEST,
    APP
}
