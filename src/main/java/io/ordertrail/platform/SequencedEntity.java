package io.ordertrail.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.io.Serializable;

/**
 * A surrogate key from the shared database sequence, handed out 500 at a time. A sequence rather than an identity
 * column: it works the same on H2 and PostgreSQL (EclipseLink's identity DDL does not, on H2 2.x).
 *
 * <p>The block size is the sequence's {@code increment by} (migration V50): EclipseLink takes each value the sequence
 * returns as the last id of a block of {@code allocationSize}, so the two must change together. An order writes some
 * 30 rows, so a block lasts a server about 15 orders before its threads queue on EclipseLink's sequencing lock for
 * the next one.
 */
@MappedSuperclass
public abstract class SequencedEntity implements Serializable {

    /** Ids per block: the sequence's increment, set by migration V50. */
    public static final int BLOCK = 500;

    /** The database sequence the ids come from (read over a connection of its own: {@link IdSequencing}). */
    public static final String SEQUENCE = "ordertrail_id_seq";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ordertrail_id")
    @SequenceGenerator(
            name = "ordertrail_id",
            sequenceName = SequencedEntity.SEQUENCE,
            allocationSize = SequencedEntity.BLOCK)
    private Long id;

    public Long getId() {
        return id;
    }
}
