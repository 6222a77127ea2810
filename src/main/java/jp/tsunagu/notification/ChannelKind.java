package jp.tsunagu.notification;

/** The chat services a notice can go to. */
public enum ChannelKind {
    SLACK,
    TEAMS,
    LINE_WORKS,
    CHATWORK,
    JSON
}
