package io.lifeboat.audit;

/** One line of the audit log: who did what, when, to which incident, and the chain's hashes. */
public record AuditEntry(long id, long atMs, String actor, String action, Long incidentId, String details,
                         String prevHash, String hash) {
}
