package jp.tsunagu.documents;

/**
 * Where a document is attached, as the access rules need it: the deal, and the one facility the place belongs to (an
 * offer's, a batch's), or null when the place is the whole deal's.
 */
public record Place(long dealId, Long facilityId) {}
