package jp.tsunagu.notification;

/** A chat channel to add: its service, a name people recognise, the webhook URL (Chatwork: the room's API URL) and token. */
public record ChannelForm(ChannelKind kind, String label, String url, String token) {}
