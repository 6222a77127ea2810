package jp.tsunagu.notification;

/** A chat channel: an incoming webhook (or Chatwork's API with its token) that a person or organisation set up. */
public record NoticeChannel(
        long id, String owner, ChannelKind kind, String label, String url, boolean hasToken, boolean enabled) {}
