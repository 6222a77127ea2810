package jp.tsunagu.notification;

/** A notice as a message: the subject, the plain and HTML mail bodies, the chat text, and the absolute link. */
record NoticeText(String subject, String plain, String html, String chat, String link) {}
