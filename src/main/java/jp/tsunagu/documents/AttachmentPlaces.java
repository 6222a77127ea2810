package jp.tsunagu.documents;

import java.util.Optional;

/**
 * A feature that owns a kind of place documents attach to (offers, batches, questions) says which deal and facility
 * one of them belongs to. The documents feature asks; it never reads those features' tables itself.
 */
public interface AttachmentPlaces {

    AttachedTo kind();

    /** The deal (and facility) of the place with this id; empty when there is none. */
    Optional<Place> place(long id);
}
