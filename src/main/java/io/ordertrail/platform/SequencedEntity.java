package io.ordertrail.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.io.Serializable;

/**
 * A surrogate key from the shared database sequence, handed out 50 at a time. A sequence rather than an identity
 * column: it works the same on H2 and PostgreSQL (EclipseLink's identity DDL does not, on H2 2.x).
 */
@MappedSuperclass
public abstract class SequencedEntity implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ordertrail_id")
    @SequenceGenerator(name = "ordertrail_id", sequenceName = "ordertrail_id_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }
}
