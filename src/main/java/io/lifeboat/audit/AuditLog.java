package io.lifeboat.audit;

import io.lifeboat.render.Json;
import io.lifeboat.store.AuditRepository;
import io.lifeboat.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit log. Each entry's hash covers its content and the previous entry's hash, so
 * editing, deleting or reordering any entry breaks the chain from that point on, and {@link #verify()}
 * names the first entry that no longer fits. Appends run inside the caller's transaction: a state
 * change and its audit entry land together or not at all.
 */
public final class AuditLog {
    private final AuditRepository repository;

    public AuditLog(Database db) {
        this.repository = new AuditRepository(db);
    }

    /**
     * Records an action. {@code details} must not hold raw phone numbers or e-mail addresses
     * (callers mask them); it is stored as compact JSON in insertion order.
     */
    public AuditEntry record(Instant at, String actor, String action, Long incidentId, Map<String, ?> details) {
        return repository.append(at.toEpochMilli(), actor, action, incidentId, Json.compact(details), AuditLog::seal);
    }

    public List<AuditEntry> forIncident(long incidentId) {
        return repository.forIncident(incidentId);
    }

    /** Entries by action prefix, incident and time; the newest {@code limit}, oldest first. */
    public List<AuditEntry> find(String actionPrefix, Long incidentId, Long sinceMs, int limit) {
        return repository.find(actionPrefix, incidentId, sinceMs, limit);
    }

    /** Walks the whole chain. */
    public Verification verify() {
        long[] count = {0};
        long[] lastId = {0};
        String[] expectedPrev = {Verification.GENESIS};
        Verification[] broken = {null};
        repository.forEach(e -> {
            if (broken[0] != null) return;
            count[0]++;
            if (e.id() != lastId[0] + 1) {
                broken[0] = Verification.broken(count[0], e.id(), "entry " + (lastId[0] + 1) + " is missing");
            } else if (!e.prevHash().equals(expectedPrev[0])) {
                broken[0] = Verification.broken(count[0], e.id(), "its link to entry " + lastId[0] + " does not match");
            } else if (!seal(e).hash().equals(e.hash())) {
                broken[0] = Verification.broken(count[0], e.id(), "its content was altered after it was written");
            }
            lastId[0] = e.id();
            expectedPrev[0] = e.hash();
        });
        if (broken[0] != null) return broken[0];
        String[] head = repository.head();
        if (head == null) return Verification.broken(count[0], 0, "the chain's head row is missing");
        if (Long.parseLong(head[0]) != lastId[0] || !head[1].equals(expectedPrev[0])) {
            return Verification.broken(count[0], lastId[0] + 1, "entries after " + lastId[0]
                    + " were removed (the head records entry " + head[0] + ")");
        }
        return Verification.intact(count[0]);
    }

    static AuditEntry seal(AuditEntry e) {
        String canonical = e.id() + "\n" + e.atMs() + "\n" + e.actor() + "\n" + e.action() + "\n"
                + (e.incidentId() == null ? "" : e.incidentId()) + "\n" + e.details() + "\n" + e.prevHash();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return new AuditEntry(e.id(), e.atMs(), e.actor(), e.action(), e.incidentId(), e.details(), e.prevHash(),
                    HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every JVM", ex);
        }
    }

    /** The result of {@link #verify()}: intact, or the first entry that breaks the chain and why. */
    public record Verification(boolean intact, long entries, long firstBadEntry, String reason) {
        static final String GENESIS = "0".repeat(64);

        static Verification intact(long entries) {
            return new Verification(true, entries, 0, null);
        }

        static Verification broken(long entries, long id, String reason) {
            return new Verification(false, entries, id, reason);
        }
    }
}
