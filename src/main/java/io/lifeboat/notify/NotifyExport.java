package io.lifeboat.notify;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import io.lifeboat.common.Problem;
import io.lifeboat.model.Incident;
import io.lifeboat.model.Notification;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an incident's approved drafts (and those already sent) for other systems: {@code sms-csv} for bulk-SMS
 * gateways (E.164 numbers, UTF-8 text), {@code eml} (one RFC 5322 file per e-mail), {@code json} (every channel).
 * Unapproved drafts never leave; the result says how many were left out. A drill's files carry DRILL in their
 * names (and in e-mail subjects, headers and JSON).
 */
public final class NotifyExport {
    public static final String SMS_CSV = "sms-csv";
    public static final String EML = "eml";
    public static final String JSON = "json";
    public static final List<String> FORMATS = List.of(SMS_CSV, EML, JSON);
    static final List<String> SMS_COLUMNS = List.of("phone", "text", "reference", "segments", "drill");

    private final NotifyService service;

    public NotifyExport(NotifyService service) {
        this.service = service;
    }

    /** What was written: the files, drafts exported per audience, and those left out. */
    public record Result(List<Path> files, Map<String, Integer> byAudience, int exported, int unapproved, int noAddress,
                         boolean drill) {
    }

    public Result export(long incidentId, String format, Path dir, String from, String actor, Instant now) {
        if (!FORMATS.contains(format)) {
            throw new InvalidInputException(Problem.general("--format", "'" + format + "' is not one of "
                    + String.join(", ", FORMATS)));
        }
        Incident incident = service.incident(incidentId);
        InternetAddress sender = EML.equals(format) ? MailMessages.sender(from, "--from") : null;
        List<Notification> chosen = new ArrayList<>();
        int unapproved = 0;
        int noAddress = 0;
        for (Notification n : service.list(incidentId)) {
            if (SMS_CSV.equals(format) && !Notification.SMS.equals(n.channel())) continue;
            if (EML.equals(format) && !Notification.EMAIL.equals(n.channel())) continue;
            if (Notification.DRAFT.equals(n.status())) {
                unapproved++;
            } else if (!JSON.equals(format) && (n.address() == null || n.address().isBlank())) {
                noAddress++;
            } else {
                chosen.add(n);
            }
        }
        String stem = "incident-" + incidentId + (incident.drill() ? "-DRILL" : "");
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            switch (format) {
                case SMS_CSV -> files.add(smsCsv(dir.resolve(stem + "-sms.csv"), chosen, incident.drill()));
                case EML -> {
                    Session session = MailMessages.offline();
                    for (Notification n : chosen) {
                        Path f = dir.resolve(stem + "-" + n.id() + "-" + n.audience() + ".eml");
                        try (OutputStream out = Files.newOutputStream(f)) {
                            MailMessages.build(session, n, sender, incident.drill(), now.toEpochMilli()).writeTo(out);
                        }
                        files.add(f);
                    }
                }
                default -> files.add(json(dir.resolve(stem + "-notifications.json"), chosen, incident.drill()));
            }
        } catch (IOException | MessagingException e) {
            throw new ExitException(ExitCodes.FAILURE, "cannot write to " + dir + ": " + e.getMessage());
        }
        Map<String, Integer> byAudience = new TreeMap<>();
        for (Notification n : chosen) byAudience.merge(n.audience(), 1, Integer::sum);
        if (!chosen.isEmpty()) {
            service.database().inTransaction(c -> {
                service.repository().markExported(chosen.stream().map(Notification::id).toList(), now.toEpochMilli());
                for (Map.Entry<String, Integer> e : byAudience.entrySet()) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("audience", e.getKey());
                    details.put("format", format);
                    details.put("count", e.getValue());
                    details.put("drill", incident.drill());
                    service.audit().record(now, actor, "notify.export", incidentId, details);
                }
                return null;
            });
        }
        return new Result(files, byAudience, chosen.size(), unapproved, noAddress, incident.drill());
    }

    private static Path smsCsv(Path file, List<Notification> drafts, boolean drill) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(SMS_COLUMNS.toArray(String[]::new))
                     .get())) {
            for (Notification n : drafts) {
                csv.printRecord(n.address(), n.body(), "lifeboat-" + n.incidentId() + "-" + n.id(), n.smsSegments(), drill);
            }
        }
        return file;
    }

    private static Path json(Path file, List<Notification> drafts, boolean drill) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Notification n : drafts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            m.put("incident", n.incidentId());
            m.put("drill", drill);
            m.put("audience", n.audience());
            m.put("recipient_id", n.recipientId());
            m.put("recipient", n.address());
            m.put("channel", n.channel());
            m.put("locale", n.locale());
            m.put("status", n.status());
            m.put("sms_segments", n.smsSegments());
            m.put("subject", n.subject());
            m.put("body", n.body());
            items.add(m);
        }
        Files.writeString(file, io.lifeboat.render.Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(items) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
