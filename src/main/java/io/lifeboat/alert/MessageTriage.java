package io.lifeboat.alert;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.dataset.CsvRows;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.incident.OpenRequest;
import io.lifeboat.incident.Opened;
import io.lifeboat.incident.RegulatorProfile;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.store.AlertRepository;
import io.lifeboat.store.AlertRepository.TriagedMessage;
import io.lifeboat.store.BookingRepository;
import io.lifeboat.store.Database;
import io.lifeboat.store.DuplicateKeyException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies inbound traveler messages ({@code message_id, booking_id, received_at, channel, text}) as urgent,
 * complex or routine, with the rule and keyword that decided and the time an answer is due. With {@code open},
 * an urgent message whose text matches a playbook's {@code triggers.messages} opens that playbook's per-booking
 * incident, once per message_id (the record and the incident land in one transaction).
 */
public final class MessageTriage {
    public static final List<String> COLUMNS = List.of("message_id", "booking_id", "received_at", "channel", "text");

    /** One inbound message, with the CSV line it came from. */
    public record Message(String messageId, String bookingId, Instant receivedAt, String channel, String text,
                          long line) {
    }

    /**
     * A message's classification.
     *
     * @param incident the incident it opened or was already tied to (with {@code open}), else null
     * @param isNew    false when an earlier run already handled this urgent message
     */
    public record Result(Message message, String classification, String rule, String matched, Instant respondBy,
                         String serviceLevel, String playbook, Long incident, boolean isNew, String note) {
    }

    private final TriageRules rules;

    public MessageTriage(TriageRules rules) {
        this.rules = rules;
    }

    /** Reads and checks the whole file first: any bad row is an input error (exit 2) and nothing is opened. */
    public static List<Message> read(String file, InputStream in) {
        List<Message> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        try (CsvRows rows = CsvRows.open(file, in, COLUMNS)) {
            while (rows.next()) {
                long line = rows.line();
                if (rows.width() != COLUMNS.size()) {
                    problems.add(Problem.at(file, line, "row", rows.width() + " fields; expected " + COLUMNS.size()));
                    continue;
                }
                String id = rows.get(0).strip();
                String booking = rows.get(1).strip();
                String received = rows.get(2).strip();
                String channel = rows.get(3).strip();
                String text = rows.get(4);
                if (id.isEmpty()) problems.add(Problem.at(file, line, "message_id", "empty"));
                else if (ids.putIfAbsent(id, line) != null) {
                    problems.add(Problem.at(file, line, "message_id", "duplicate " + id + " (first at line " + ids.get(id)
                            + ")"));
                }
                if (booking.isEmpty()) problems.add(Problem.at(file, line, "booking_id", "empty"));
                if (channel.isEmpty()) problems.add(Problem.at(file, line, "channel", "empty"));
                if (text.indexOf('\uFFFD') >= 0) problems.add(Problem.at(file, line, "text", "not UTF-8"));
                Instant at = null;
                try {
                    at = OffsetDateTime.parse(received).toInstant();
                } catch (DateTimeException e) {
                    problems.add(Problem.at(file, line, "received_at", "'" + received + "' is not ISO-8601 with an "
                            + "offset (2026-07-01T15:00:00+08:00)"));
                }
                out.add(new Message(id, booking, at, channel, text, line));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return out;
    }

    public Result classify(Message m) {
        String text = TriageRules.normalise(m.text());
        for (TriageRules.Rule r : rules.rules()) {
            for (String kw : r.keywords()) {
                if (text.contains(kw)) return result(m, r.classification(), r.id(), kw);
            }
        }
        return result(m, "routine", null, null);
    }

    private Result result(Message m, String classification, String rule, String matched) {
        TriageRules.ServiceLevel level = rules.level(classification);
        Instant due = level == null ? m.receivedAt() : m.receivedAt().plus(level.within());
        return new Result(m, classification, rule, matched, due, level == null ? classification : level.action(), null,
                null, true, rule == null ? "no rule matched" : null);
    }

    /**
     * Classifies every message; with {@code db} given, opens per-booking incidents for urgent messages (checking
     * first that every urgent message's booking exists).
     */
    public List<Result> run(List<Message> messages, Database db, List<Playbook> playbooks, RegulatorProfile regulator,
                            String file, String actor, Instant now) {
        List<Result> out = new ArrayList<>();
        for (Message m : messages) out.add(classify(m));
        if (db == null) return out;
        Set<String> urgentBookings = new LinkedHashSet<>();
        for (Result r : out) {
            if (r.classification().equals("urgent")) urgentBookings.add(r.message().bookingId());
        }
        Set<String> known = new BookingRepository(db).existing(urgentBookings);
        List<Problem> problems = new ArrayList<>();
        for (Result r : out) {
            if (r.classification().equals("urgent") && !known.contains(r.message().bookingId())) {
                problems.add(Problem.at(file, r.message().line(), "booking_id", "no booking '" + r.message().bookingId()
                        + "' (urgent messages open incidents for their booking)"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        List<Result> opened = new ArrayList<>();
        for (Result r : out) opened.add(r.classification().equals("urgent") ? open(r, db, playbooks, regulator, actor, now) : r);
        return opened;
    }

    private Result open(Result r, Database db, List<Playbook> playbooks, RegulatorProfile regulator, String actor,
                        Instant now) {
        AlertRepository repo = new AlertRepository(db);
        Message m = r.message();
        Optional<TriagedMessage> before = repo.findMessage(m.messageId());
        if (before.isPresent()) return handled(r, before.get());
        Playbook pb = playbookFor(m.text(), playbooks);
        if (pb == null) return recordUnmatched(r, db, repo, now);
        try {
            return db.inTransaction(c -> {
                Optional<TriagedMessage> raced = repo.findMessage(m.messageId());
                if (raced.isPresent()) return handled(r, raced.get());
                Opened o = new IncidentService(db).open(new OpenRequest(pb, null, null, m.bookingId(),
                        pb.name("en") + ": booking " + m.bookingId() + " (message " + m.messageId() + ")", false, false,
                        regulator, "triage:" + m.messageId(), actor, now));
                repo.insertMessage(new TriagedMessage(m.messageId(), m.bookingId(), m.receivedAt().toEpochMilli(),
                        m.channel(), r.classification(), r.rule(), pb.id(), o.incident().id(), now.toEpochMilli()));
                return with(r, pb.id(), o.incident().id(), true, o.existing()
                        ? "incident " + o.incident().id() + " was already open for this booking" : "opened");
            });
        } catch (DuplicateKeyException e) {
            return handled(r, repo.findMessage(m.messageId()).orElseThrow(() -> e));
        }
    }

    /**
     * An urgent message no playbook answers is reported once, like any other: it is recorded as seen so
     * that the next cron run does not raise the same alarm (exit 3) again and again.
     */
    private static Result recordUnmatched(Result r, Database db, AlertRepository repo, Instant now) {
        Message m = r.message();
        try {
            return db.inTransaction(c -> {
                Optional<TriagedMessage> raced = repo.findMessage(m.messageId());
                if (raced.isPresent()) return handled(r, raced.get());
                repo.insertMessage(new TriagedMessage(m.messageId(), m.bookingId(), m.receivedAt().toEpochMilli(),
                        m.channel(), r.classification(), r.rule(), null, null, now.toEpochMilli()));
                return with(r, null, null, true, "no playbook's triggers.messages matches; handle it on the fast channel");
            });
        } catch (DuplicateKeyException e) {
            return handled(r, repo.findMessage(m.messageId()).orElseThrow(() -> e));
        }
    }

    private static Result handled(Result r, TriagedMessage t) {
        return with(r, t.playbookId(), t.incidentId(), false, t.incidentId() == null
                ? "reported before (no playbook matched; handle it on the fast channel)" : "handled before");
    }

    private static Result with(Result r, String playbook, Long incident, boolean isNew, String note) {
        return new Result(r.message(), r.classification(), r.rule(), r.matched(), r.respondBy(), r.serviceLevel(),
                playbook, incident, isNew, note);
    }

    /** The first playbook (catalog order) whose triggers.messages phrase is in the text. */
    static Playbook playbookFor(String text, List<Playbook> playbooks) {
        String t = TriageRules.normalise(text);
        for (Playbook pb : playbooks) {
            if (pb.triggers() == null) continue;
            for (String phrase : pb.triggers().messages()) {
                String p = TriageRules.normalise(phrase);
                if (!p.isBlank() && t.contains(p)) return pb;
            }
        }
        return null;
    }
}
