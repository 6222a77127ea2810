package jp.tsunagu.archfixture.alpha.ui;

/** One feature's screen. */
public class AlphaView {}
