package jp.tsunagu.pipeline;

/** The two halves of an inbox: tasks I hold, and my groups' tasks that nobody has claimed yet. */
public enum InboxScope {
    MINE, GROUP
}
