package jp.tsunagu.facility;

/** 就労継続支援B型 / A型 / other kinds of workshop. */
public enum FacilityType {
    B,
    A,
    OTHER
}
