package io.lifeboat.store;

import io.lifeboat.model.Notification;
import io.lifeboat.model.Reply;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Notification drafts, send attempts and replies. Writes happen inside the caller's transaction. */
public final class NotificationRepository {
    private static final String COLUMNS = "notification_id, incident_id, audience, recipient_id, channel, address,"
            + " locale, template, subject, body, sms_segments, status, edited, drafted_ms, updated_ms, approved_ms,"
            + " approved_by, exported_ms, sent_ms, send_response";
    private static final int CHUNK = 500;
    private static final String ORDER = " ORDER BY CASE audience WHEN 'regulator' THEN 0 WHEN 'supplier' THEN 1"
            + " ELSE 2 END, recipient_id, channel";

    /** What a send attempt came to. */
    public static final String ATTEMPTING = "attempting";
    public static final String DELIVERED = "sent";
    public static final String FAILED = "failed";

    private final Database db;

    public NotificationRepository(Database db) {
        this.db = db;
    }

    /** The drafts of an incident: regulator, suppliers, then travelers, by recipient and channel. */
    public List<Notification> forIncident(long incidentId) {
        return select("SELECT " + COLUMNS + " FROM notification WHERE incident_id = ?" + ORDER, incidentId);
    }

    /**
     * Where a stored draft stands, without its text: what re-drafting needs to decide whether to render it
     * again. {@code inputHash} is the digest of what it was rendered from (null when unknown or edited).
     */
    public record DraftState(long id, String status, boolean edited, Integer smsSegments, String inputHash) {
        public boolean isSent() {
            return Notification.SENT.equals(status);
        }
    }

    /** The drafts of an incident without their texts, by {@link Notification#key()}. */
    public Map<String, DraftState> states(long incidentId) {
        Map<String, DraftState> out = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT notification_id, audience, recipient_id,"
                + " channel, status, edited, sms_segments, input_hash FROM notification WHERE incident_id = ?")) {
            ps.setLong(1, incidentId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(Notification.key(rs.getString(2), rs.getString(3), rs.getString(4)), new DraftState(
                            rs.getLong(1), rs.getString(5), rs.getInt(6) == 1, IncidentRepository.getInt(rs, 7),
                            rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }

    /** Hands the given drafts to {@code each} one at a time, in no particular order, without keeping them. */
    public void forEachById(Collection<Long> ids, Consumer<Notification> each) {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            select("SELECT " + COLUMNS + " FROM notification WHERE notification_id IN ("
                    + "?, ".repeat(part.size() - 1) + "?)", part, each);
        }
    }

    public Optional<Notification> find(long id) {
        List<Notification> l = select("SELECT " + COLUMNS + " FROM notification WHERE notification_id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Inserts new drafts (their ids are ignored). */
    public void insert(Collection<Notification> drafts) {
        insert(drafts, d -> null);
    }

    /** Inserts new drafts (their ids are ignored) with the digests of what they were rendered from. */
    public void insert(Collection<Notification> drafts, Function<Notification, String> inputHash) {
        String sql = "INSERT INTO notification (incident_id, audience, recipient_id, channel, address, locale, template,"
                + " subject, body, sms_segments, status, edited, drafted_ms, updated_ms, input_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int n = 0;
            for (Notification d : drafts) {
                int p = 1;
                ps.setLong(p++, d.incidentId());
                ps.setString(p++, d.audience());
                ps.setString(p++, d.recipientId());
                ps.setString(p++, d.channel());
                p = bindContent(ps, p, d);
                ps.setLong(p++, d.draftedMs());
                ps.setLong(p++, d.updatedMs());
                Rows.setNullable(ps, p, inputHash.apply(d));
                ps.addBatch();
                if (++n % 2000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            if (IncidentRepository.isUniqueViolation(e)) {
                throw new DuplicateKeyException("another process drafted the same notifications", e);
            }
            throw Sql.failure(e);
        }
    }

    /**
     * Replaces the content of unsent drafts (address, locale, template, subject, body, segments, status,
     * edited, approval); a draft sent meanwhile is left alone. Returns how many rows changed. What the new
     * content was rendered from is unknown (as after a hand edit): the next re-draft renders it again.
     */
    public int updateContent(Collection<Notification> drafts) {
        return updateContent(drafts, d -> null);
    }

    /** {@link #updateContent(Collection)}, with the digests of what the new content was rendered from. */
    public int updateContent(Collection<Notification> drafts, Function<Notification, String> inputHash) {
        String sql = "UPDATE notification SET address = ?, locale = ?, template = ?, subject = ?, body = ?,"
                + " sms_segments = ?, status = ?, edited = ?, updated_ms = ?, approved_ms = ?, approved_by = ?,"
                + " input_hash = ? WHERE notification_id = ? AND status <> 'sent'";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int n = 0;
            for (Notification d : drafts) {
                int p = bindContent(ps, 1, d);
                ps.setLong(p++, d.updatedMs());
                IncidentRepository.setLong(ps, p++, d.approvedMs());
                Rows.setNullable(ps, p++, d.approvedBy());
                Rows.setNullable(ps, p++, inputHash.apply(d));
                ps.setLong(p, d.id());
                ps.addBatch();
                if (++n % 2000 == 0) ps.executeBatch();
            }
            int changed = 0;
            for (int c : ps.executeBatch()) changed += Math.max(c, 0);
            return changed;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /**
     * Records what unchanged drafts were rendered from (id → digest), so that the next re-draft need not
     * render them; their content, status and times stay as they are.
     */
    public void setInputHashes(Map<Long, String> hashes) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "UPDATE notification SET input_hash = ? WHERE notification_id = ? AND status <> 'sent'")) {
            int n = 0;
            for (Map.Entry<Long, String> e : hashes.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.addBatch();
                if (++n % 2000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Approves drafts that are still drafts; returns the ids that this call approved. */
    public List<Long> approve(Collection<Long> ids, long atMs, String by) {
        List<Long> approved = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE notification SET status = 'approved',"
                + " approved_ms = ?, approved_by = ? WHERE notification_id = ? AND status = 'draft'")) {
            for (long id : ids) {
                ps.setLong(1, atMs);
                ps.setString(2, by);
                ps.setLong(3, id);
                if (ps.executeUpdate() == 1) approved.add(id);
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return approved;
    }

    public void markExported(Collection<Long> ids, long atMs) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "UPDATE notification SET exported_ms = ? WHERE notification_id = ? AND exported_ms IS NULL")) {
            for (long id : ids) {
                ps.setLong(1, atMs);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /**
     * Records the one send attempt a draft may have. Returns false when it already has one (sent, failed or
     * interrupted): the caller must not send it.
     */
    public boolean recordAttempt(long id, long atMs, String by) {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO notification_attempt"
                + " (notification_id, attempted_ms, attempted_by, outcome) VALUES (?, ?, ?, 'attempting')"
                + " ON CONFLICT (notification_id) DO NOTHING")) {
            ps.setLong(1, id);
            ps.setLong(2, atMs);
            ps.setString(3, by);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Closes an attempt: the outcome and the server's response; a delivered draft becomes {@code sent}. */
    public void finishAttempt(long id, String outcome, String response, long atMs) {
        try (PreparedStatement a = db.connection().prepareStatement("UPDATE notification_attempt SET outcome = ?,"
                + " response = ?, finished_ms = ? WHERE notification_id = ?");
             PreparedStatement n = db.connection().prepareStatement("UPDATE notification SET status = 'sent',"
                     + " sent_ms = ?, send_response = ? WHERE notification_id = ?")) {
            a.setString(1, outcome);
            Rows.setNullable(a, 2, response);
            a.setLong(3, atMs);
            a.setLong(4, id);
            a.executeUpdate();
            if (DELIVERED.equals(outcome)) {
                n.setLong(1, atMs);
                Rows.setNullable(n, 2, response);
                n.setLong(3, id);
                n.executeUpdate();
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Lets a failed attempt be tried again (only failures the server reported, never interrupted ones). */
    public int forgetFailedAttempts(long incidentId) {
        try (PreparedStatement ps = db.connection().prepareStatement("DELETE FROM notification_attempt WHERE outcome"
                + " = 'failed' AND notification_id IN (SELECT notification_id FROM notification WHERE incident_id = ?)")) {
            ps.setLong(1, incidentId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Attempts of an incident's drafts that are not {@code sent}: draft id → [outcome, response]. */
    public java.util.Map<Long, String[]> unfinishedAttempts(long incidentId) {
        java.util.Map<Long, String[]> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT a.notification_id, a.outcome, a.response"
                + " FROM notification_attempt a JOIN notification n ON n.notification_id = a.notification_id"
                + " WHERE n.incident_id = ? AND a.outcome <> 'sent' ORDER BY a.notification_id")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }

    /** Inserts replies, ignoring any already imported; returns how many were new. */
    public int insertReplies(Collection<Reply> replies) {
        String sql = "INSERT INTO notification_reply (incident_id, booking_id, channel, received_ms, text_sha256, text,"
                + " classification, imported_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (incident_id, booking_id, received_ms, text_sha256) DO NOTHING";
        int inserted = 0;
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (Reply r : replies) {
                ps.setLong(1, r.incidentId());
                ps.setString(2, r.bookingId());
                ps.setString(3, r.channel());
                ps.setLong(4, r.receivedMs());
                ps.setString(5, r.textSha256());
                ps.setString(6, r.text());
                ps.setString(7, r.classification());
                ps.setLong(8, r.importedMs());
                inserted += ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return inserted;
    }

    /** The replies of an incident, oldest first. */
    public List<Reply> replies(long incidentId) {
        List<Reply> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT incident_id, booking_id, channel,"
                + " received_ms, text_sha256, text, classification, imported_ms FROM notification_reply"
                + " WHERE incident_id = ? ORDER BY received_ms, booking_id, reply_id")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Reply(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getLong(8)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }

    private List<Notification> select(String sql, Object param) {
        List<Notification> out = new ArrayList<>();
        select(sql, param, out::add);
        return out;
    }

    private void select(String sql, Object param, Consumer<Notification> out) {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            if (param instanceof List<?> l) {
                for (int i = 0; i < l.size(); i++) ps.setObject(i + 1, l.get(i));
            } else {
                ps.setObject(1, param);
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int segs = rs.getInt(11);
                    Integer smsSegments = rs.wasNull() ? null : segs;
                    out.accept(new Notification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), smsSegments, rs.getString(12), rs.getInt(13) == 1, rs.getLong(14),
                            rs.getLong(15), IncidentRepository.getLong(rs, 16), rs.getString(17),
                            IncidentRepository.getLong(rs, 18), IncidentRepository.getLong(rs, 19), rs.getString(20)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Binds address, locale, template, subject, body, sms_segments, status, edited from {@code p}; returns the next. */
    private static int bindContent(PreparedStatement ps, int p, Notification d) throws SQLException {
        Rows.setNullable(ps, p++, d.address());
        ps.setString(p++, d.locale());
        ps.setString(p++, d.template());
        Rows.setNullable(ps, p++, d.subject());
        ps.setString(p++, d.body());
        setInteger(ps, p++, d.smsSegments());
        ps.setString(p++, d.status());
        ps.setInt(p++, d.edited() ? 1 : 0);
        return p;
    }

    private static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setInt(i, v);
    }

}
