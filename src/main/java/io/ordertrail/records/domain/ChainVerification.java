package io.ordertrail.records.domain;

import java.io.Serializable;
import java.util.Optional;

/**
 * Walking the chain, seal by seal in position order: the first seal whose entry was changed, whose previous hash
 * is not the chain hash before it, or whose chain hash does not follow, is where the trail was tampered with.
 */
public final class ChainVerification {

    private String expectedPrevious = AuditSeal.GENESIS;
    private long expectedPosition = 1;
    private long checked;
    private Break found;

    /** Where and why the chain does not hold. */
    public record Break(long position, Long entryId, String reason) implements Serializable {}

    /**
     * Checks the next seal and its entry (null when the entry is gone); returns false once a break is found.
     */
    public boolean next(AuditSeal seal, AuditEntry entry) {
        return next(seal, entry, null);
    }

    /**
     * Checks the next seal and its entry; an entry removed by a purge is checked by the hash its signed checkpoint
     * kept ({@code purgedHash}, null when no valid checkpoint names it).
     */
    public boolean next(AuditSeal seal, AuditEntry entry, String purgedHash) {
        if (found != null) {
            return false;
        }
        String entryHash = entry != null ? entry.getContentHash() : purgedHash;
        if (seal.getPosition() != expectedPosition) {
            found = new Break(expectedPosition, null, "position " + expectedPosition + " is missing");
        } else if (entry == null && purgedHash == null) {
            found = new Break(
                    seal.getPosition(),
                    seal.getEntryId(),
                    "the entry was removed, and no signed purge checkpoint accounts for it");
        } else if (entry != null && !entry.isIntact()) {
            found = new Break(
                    seal.getPosition(), seal.getEntryId(), "the entry's content was changed after it was written");
        } else if (!seal.getPreviousHash().equals(expectedPrevious)) {
            found = new Break(seal.getPosition(), seal.getEntryId(), "the link to the entry before it was changed");
        } else if (!seal.getChainHash().equals(AuditSeal.link(expectedPrevious, entryHash))) {
            found = new Break(seal.getPosition(), seal.getEntryId(), "its chain hash does not follow");
        }
        if (found != null) {
            return false;
        }
        expectedPrevious = seal.getChainHash();
        expectedPosition++;
        checked++;
        return true;
    }

    public long checked() {
        return checked;
    }

    public Optional<Break> firstBreak() {
        return Optional.ofNullable(found);
    }
}
