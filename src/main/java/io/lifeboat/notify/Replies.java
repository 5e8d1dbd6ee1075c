package io.lifeboat.notify;

import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.Notification;
import io.lifeboat.model.Reply;
import io.lifeboat.incident.IncidentService;
import io.lifeboat.store.NotificationRepository;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Traveler replies exported from an SMS gateway or a mailbox: a CSV file with the columns {@code from} (the
 * traveler's phone number or e-mail address; {@code phone}, {@code email} or {@code sender} are read too),
 * {@code received_at} (ISO-8601 with an offset) and {@code text}. Each reply is matched to the affected booking
 * with that phone or e-mail, classified, and stored once (re-importing the same file adds nothing).
 */
public final class Replies {
    static final List<String> FROM = List.of("from", "phone_or_email", "phone or email", "sender", "phone", "email");
    static final String RECEIVED_AT = "received_at";
    static final String TEXT = "text";

    private final NotifyService service;
    private final NotificationRepository repo;

    public Replies(NotifyService service) {
        this.service = service;
        this.repo = service.repository();
    }

    /** What one import did. {@code unmatchedLines}: lines whose sender is no affected booking's phone or e-mail. */
    public record Imported(int rows, int inserted, int duplicates, List<Long> unmatchedLines,
                           Map<String, Integer> byClassification, Accounting accounting) {
    }

    public Imported importFile(long incidentId, Path file, String actor, java.time.Instant now) {
        service.incident(incidentId);
        Map<String, String> bookingByAddress = new LinkedHashMap<>();
        Set<String> bookings = new LinkedHashSet<>();
        for (IncidentSegment s : new IncidentService(service.database()).affected(incidentId, false)) {
            var seg = s.segment();
            bookings.add(seg.bookingId());
            if (seg.phone() != null && !seg.phone().isBlank()) bookingByAddress.putIfAbsent(phoneKey(seg.phone()), seg.bookingId());
            if (seg.email() != null && !seg.email().isBlank()) {
                bookingByAddress.putIfAbsent(seg.email().strip().toLowerCase(Locale.ROOT), seg.bookingId());
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Reply> replies = new ArrayList<>();
        List<Long> unmatched = new ArrayList<>();
        int rows = 0;
        String name = file.toString();
        long nowMs = now.toEpochMilli();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder()
                     .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()).get()) {
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), v));
            String fromColumn = FROM.stream().filter(header::containsKey).findFirst().orElse(null);
            if (fromColumn == null) problems.add(Problem.at(name, 1, "from", "missing column: the sender's phone number"
                    + " or e-mail address (from)"));
            if (!header.containsKey(RECEIVED_AT)) problems.add(Problem.at(name, 1, RECEIVED_AT, "missing column"));
            if (!header.containsKey(TEXT)) problems.add(Problem.at(name, 1, TEXT, "missing column"));
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord r : parser) {
                long at = line;
                line = parser.getCurrentLineNumber() + 1;
                rows++;
                String from = get(r, header.get(fromColumn));
                String received = get(r, header.get(RECEIVED_AT));
                String text = get(r, header.get(TEXT));
                Long receivedMs = null;
                if (from.isBlank()) problems.add(Problem.at(name, at, fromColumn, "empty: give the phone number or e-mail"));
                if (received.isBlank()) {
                    problems.add(Problem.at(name, at, RECEIVED_AT, "empty"));
                } else {
                    try {
                        receivedMs = OffsetDateTime.parse(received.strip()).toInstant().toEpochMilli();
                    } catch (DateTimeParseException e) {
                        problems.add(Problem.at(name, at, RECEIVED_AT, "'" + received
                                + "' is not an ISO-8601 time with an offset (2026-07-03T09:15:00+08:00)"));
                    }
                }
                if (from.isBlank() || receivedMs == null) continue;
                boolean email = from.contains("@");
                String booking = bookingByAddress.get(email ? from.strip().toLowerCase(Locale.ROOT) : phoneKey(from));
                if (booking == null) {
                    unmatched.add(at);
                    continue;
                }
                replies.add(new Reply(incidentId, booking, email ? Notification.EMAIL : Notification.SMS, receivedMs,
                        sha256(text), text, ReplyClassifier.classify(text), nowMs));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.general(name, "no such file"));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(Problem.general(name, "cannot read: " + e.getMessage()));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        int inserted = service.database().inTransaction(c -> {
            int n = repo.insertReplies(replies);
            if (n > 0) {
                Map<String, Object> details = new LinkedHashMap<>(
                        Accounting.of(bookings, repo.replies(incidentId)).object());
                details.put("imported", n);
                details.put("file", file.getFileName().toString());
                service.audit().record(now, actor, "notify.reply", incidentId, details);
            }
            return n;
        });
        Map<String, Integer> byClass = new LinkedHashMap<>();
        for (String k : List.of(Reply.SAFE, Reply.NEEDS_HELP, Reply.OTHER)) byClass.put(k, 0);
        for (Reply r : replies) byClass.merge(r.classification(), 1, Integer::sum);
        return new Imported(rows, inserted, replies.size() - inserted, unmatched, byClass,
                Accounting.of(bookings, repo.replies(incidentId)));
    }

    /** Who has answered, for {@code incident show} and {@code notify pending}. */
    public Accounting accounting(long incidentId) {
        Set<String> bookings = new LinkedHashSet<>();
        for (IncidentSegment s : new IncidentService(service.database()).affected(incidentId, false)) {
            bookings.add(s.segment().bookingId());
        }
        return Accounting.of(bookings, repo.replies(incidentId));
    }

    private static String get(CSVRecord r, int index) {
        return index < r.size() ? r.get(index) : "";
    }

    /**
     * A phone number reduced to its international digits, however a gateway writes it: "+86 138-0013-8000",
     * "008613800138000" and "8613800138000" all become "8613800138000".
     */
    static String phoneKey(String phone) {
        String digits = phone.strip().replaceAll("[^0-9]", "");
        return phone.strip().startsWith("00") ? digits.substring(2) : digits;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
