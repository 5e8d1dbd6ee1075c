package io.lifeboat.store;

import io.lifeboat.model.Task;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Tasks of incidents. */
public final class TaskRepository {
    private static final String COLUMNS = "incident_id, task_id, title, capability, template, due_ms, status, done_ms,"
            + " done_by, note";

    private final Database db;

    public TaskRepository(Database db) {
        this.db = db;
    }

    public void insert(Collection<Task> tasks) {
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO task (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Task t : tasks) {
                ps.setLong(1, t.incidentId());
                ps.setString(2, t.taskId());
                ps.setString(3, JsonText.write(t.title()));
                ps.setString(4, t.capability());
                Rows.setNullable(ps, 5, t.template());
                ps.setLong(6, t.dueMs());
                ps.setString(7, t.status());
                IncidentRepository.setLong(ps, 8, t.doneMs());
                Rows.setNullable(ps, 9, t.doneBy());
                Rows.setNullable(ps, 10, t.note());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Tasks of an incident in due order. */
    public List<Task> forIncident(long incidentId) {
        return select("SELECT " + COLUMNS + " FROM task WHERE incident_id = ? ORDER BY due_ms, task_id", incidentId);
    }

    public Optional<Task> find(long incidentId, String taskId) {
        List<Task> l = select("SELECT " + COLUMNS + " FROM task WHERE incident_id = ? AND task_id = ?", incidentId, taskId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Marks a task done; false if it was already done (nothing changes the second time). */
    public boolean markDone(long incidentId, String taskId, long atMs, String by, String note) {
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE task SET status = 'done', done_ms = ?,"
                + " done_by = ?, note = ? WHERE incident_id = ? AND task_id = ? AND status = 'open'")) {
            ps.setLong(1, atMs);
            ps.setString(2, by);
            if (note == null) ps.setNull(3, Types.VARCHAR);
            else ps.setString(3, note);
            ps.setLong(4, incidentId);
            ps.setString(5, taskId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** Open tasks of open incidents whose due time has passed, most overdue first. */
    public List<Task> overdue(long nowMs) {
        return select("SELECT t.incident_id, t.task_id, t.title, t.capability, t.template, t.due_ms, t.status,"
                + " t.done_ms, t.done_by, t.note FROM task t JOIN incident i ON i.incident_id = t.incident_id"
                + " WHERE i.status = 'open' AND t.status = 'open' AND t.due_ms <= ? ORDER BY t.due_ms, t.incident_id,"
                + " t.task_id", nowMs);
    }

    private List<Task> select(String sql, Object... params) {
        List<Task> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Long l) ps.setLong(i + 1, l);
                else ps.setString(i + 1, (String) params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Task(rs.getLong(1), rs.getString(2), JsonText.texts(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7), IncidentRepository.getLong(rs, 8),
                            rs.getString(9), rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return out;
    }
}
