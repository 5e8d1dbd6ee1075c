package io.lifeboat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CAP alerts watch has dealt with ({@code cap_alert}) and traveler messages triage opened incidents for
 * ({@code triage_message}). Writes happen inside the caller's transaction; a second row for the same natural
 * key raises {@link DuplicateKeyException} (another process recorded it first).
 */
public final class AlertRepository {
    private final Database db;

    public AlertRepository(Database db) {
        this.db = db;
    }

    /** An alert as watch recorded it. */
    public record SeenAlert(String sender, String identifier, long sentMs, String status, String msgType, String event,
                            String outcome, Long incidentId, String playbookId, String reason, String source,
                            long seenMs) {
    }

    public boolean seen(String sender, String identifier) {
        return find(sender, identifier).isPresent();
    }

    public Optional<SeenAlert> find(String sender, String identifier) {
        List<SeenAlert> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT sender, identifier, sent_ms, status,"
                + " msg_type, event, outcome, incident_id, playbook_id, reason, source, seen_ms FROM cap_alert"
                + " WHERE sender = ? AND identifier = ?")) {
            ps.setString(1, sender);
            ps.setString(2, identifier);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SeenAlert(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), IncidentRepository.getLong(rs, 8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getLong(12)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
    }

    public void insert(SeenAlert a) {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO cap_alert (sender, identifier,"
                + " sent_ms, status, msg_type, event, outcome, incident_id, playbook_id, reason, source, seen_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.sender());
            ps.setString(2, a.identifier());
            ps.setLong(3, a.sentMs());
            ps.setString(4, a.status());
            ps.setString(5, a.msgType());
            Rows.setNullable(ps, 6, a.event());
            ps.setString(7, a.outcome());
            IncidentRepository.setLong(ps, 8, a.incidentId());
            Rows.setNullable(ps, 9, a.playbookId());
            Rows.setNullable(ps, 10, a.reason());
            ps.setString(11, a.source());
            ps.setLong(12, a.seenMs());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (IncidentRepository.isUniqueViolation(e)) {
                throw new DuplicateKeyException("alert " + a.sender() + "/" + a.identifier() + " was already recorded", e);
            }
            throw Sql.failure(e);
        }
    }

    /** A message triage handled, and the incident it opened (null when no playbook fits). */
    public record TriagedMessage(String messageId, String bookingId, long receivedMs, String channel, String category,
                                 String ruleId, String playbookId, Long incidentId, long seenMs) {
    }

    public Optional<TriagedMessage> findMessage(String messageId) {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT message_id, booking_id, received_ms,"
                + " channel, category, rule_id, playbook_id, incident_id, seen_ms FROM triage_message"
                + " WHERE message_id = ?")) {
            ps.setString(1, messageId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new TriagedMessage(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), IncidentRepository.getLong(rs, 8),
                        rs.getLong(9)));
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    public void insertMessage(TriagedMessage m) {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO triage_message (message_id,"
                + " booking_id, received_ms, channel, category, rule_id, playbook_id, incident_id, seen_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, m.messageId());
            ps.setString(2, m.bookingId());
            ps.setLong(3, m.receivedMs());
            ps.setString(4, m.channel());
            ps.setString(5, m.category());
            Rows.setNullable(ps, 6, m.ruleId());
            Rows.setNullable(ps, 7, m.playbookId());
            IncidentRepository.setLong(ps, 8, m.incidentId());
            ps.setLong(9, m.seenMs());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (IncidentRepository.isUniqueViolation(e)) {
                throw new DuplicateKeyException("message " + m.messageId() + " was already triaged", e);
            }
            throw Sql.failure(e);
        }
    }
}
