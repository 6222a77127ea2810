package jp.tsunagu.pipeline;

/**
 * The halves of an inbox: tasks I hold (and those of people I stand in for), and my groups' tasks that nobody
 * has claimed yet. A supervisor also sees every open task, to hand work to someone else.
 */
public enum InboxScope {
    MINE,
    GROUP,
    ALL
}
