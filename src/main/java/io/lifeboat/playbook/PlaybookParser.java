package io.lifeboat.playbook;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.lifeboat.model.SegmentKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a playbook's YAML tree into the {@link Playbook} records, recording every problem with its line and
 * column. Sections are read even after an earlier one failed, so one run reports all that is wrong.
 */
final class PlaybookParser {
    static final List<String> FIELDS = List.of("id", "version", "name", "description", "contact", "match", "triggers",
            "priority", "tasks", "notifications", "reallocation", "compensation", "alternatives");
    static final List<String> SCOPES = List.of(Match.AREA, Match.BOOKING);
    static final List<String> CAP_SEVERITY = List.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    static final List<String> CAP_URGENCY = List.of("Immediate", "Expected", "Future", "Past", "Unknown");
    static final List<String> CAP_CERTAINTY = List.of("Observed", "Likely", "Possible", "Unlikely", "Unknown");
    static final List<String> CAPABILITIES = Arrays.stream(Capability.values()).map(Capability::code).toList();

    static final List<String> MATCH_FIELDS = List.of("scope", "kinds", "lead", "tail", "buffer_km");
    static final List<String> TRIGGER_FIELDS = List.of("cap", "messages");
    static final List<String> CAP_FIELDS = List.of("events", "min_severity", "min_urgency", "min_certainty");
    static final List<String> TASK_FIELDS = List.of("id", "title", "capability", "due", "template");
    static final List<String> CONTACT_FIELDS = List.of("name", "phone", "email");
    static final List<String> ALTERNATIVE_FIELDS = List.of("id", "replaces", "text");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final YamlReader r;

    PlaybookParser(YamlReader reader) {
        this.r = reader;
    }

    /** The best-effort id of a playbook even when it has problems (for the catalog's bookkeeping). */
    static String peekId(YamlMap root) {
        Node id = root == null ? null : root.get("id");
        return id instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue().strip() : null;
    }

    /** The playbook, or null when any problem was recorded. */
    Playbook parse(YamlMap m, String source) {
        int mark = r.mark();
        Node idNode = m.required("id");
        String id = idNode == null ? null : r.name(idNode, "id");
        Integer version = m.has("version") ? r.integer(m.get("version"), "version", 1) : Integer.valueOf(1);
        Node nameNode = m.required("name");
        Map<String, String> name = nameNode == null ? null : r.localized(nameNode, "name");
        Map<String, String> description = m.has("description") ? r.localized(m.get("description"), "description")
                : Map.of();
        Contact contact = m.has("contact") ? contact(m.get("contact"), "contact") : null;
        Node matchNode = m.required("match");
        Match match = matchNode == null ? null : match(matchNode, "match");
        Triggers triggers = m.has("triggers") ? triggers(m.get("triggers"), "triggers", match)
                : new Triggers(null);
        Priority priority = new PriorityParser(r).parse(m.get("priority"), "priority");
        NotificationsParser notify = new NotificationsParser(r);
        Node notificationsNode = m.required("notifications");
        Notifications notifications = notificationsNode == null ? null
                : notify.parse(notificationsNode, "notifications");
        Node tasksNode = m.required("tasks");
        List<TaskTemplate> tasks = tasksNode == null ? null : tasks(tasksNode, "tasks", notify);
        ResourcesParser resources = new ResourcesParser(r);
        Reallocation reallocation = resources.reallocation(m.get("reallocation"), "reallocation");
        Compensation compensation = resources.compensation(m.get("compensation"), "compensation");
        List<Alternative> alternatives = m.has("alternatives")
                ? alternatives(m.get("alternatives"), "alternatives") : List.of();
        if (!r.cleanSince(mark)) return null;
        return new Playbook(id, name, version, description, match, priority, tasks, triggers, notifications,
                reallocation, compensation, contact, alternatives, source);
    }

    private Match match(Node n, String path) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, MATCH_FIELDS);
        if (m == null) return null;
        String scope = m.has("scope") ? r.choice(m.get("scope"), m.path("scope"), SCOPES, "a scope") : Match.AREA;
        List<SegmentKind> kinds = m.has("kinds") ? kinds(m.get("kinds"), m.path("kinds")) : List.of();
        Duration lead = m.has("lead") ? r.duration(m.get("lead"), m.path("lead"), false) : Duration.ZERO;
        Duration tail = m.has("tail") ? r.duration(m.get("tail"), m.path("tail"), false) : Duration.ZERO;
        Double buffer = m.has("buffer_km") ? r.number(m.get("buffer_km"), m.path("buffer_km")) : Double.valueOf(0);
        if (!r.cleanSince(mark)) return null;
        return new Match(scope, kinds, lead, tail, buffer);
    }

    private List<SegmentKind> kinds(Node n, String path) {
        List<Node> items = r.list(n, path);
        List<SegmentKind> out = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            SegmentKind k = r.kind(items.get(i), path + "[" + i + "]");
            if (k != null && !out.contains(k)) out.add(k);
        }
        return out;
    }

    private Triggers triggers(Node n, String path, Match match) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, TRIGGER_FIELDS);
        if (m == null) return null;
        boolean booking = match != null && Match.BOOKING.equals(match.scope());
        CapTrigger cap = m.has("cap") ? cap(m.get("cap"), m.path("cap"), booking) : null;
        List<String> messages = List.of();
        if (m.has("messages")) {
            messages = r.texts(m.get("messages"), m.path("messages"));
            if (messages != null && messages.isEmpty()) r.error(m.get("messages"), m.path("messages"), "lists no phrase");
            if (match != null && !booking) {
                r.error(m.get("messages"), m.path("messages"), "a traveler's message opens a playbook for that "
                        + "traveler's booking; use match.scope booking, or remove triggers.messages");
            }
        }
        if (!r.cleanSince(mark)) return null;
        return new Triggers(cap, messages);
    }

    private CapTrigger cap(Node n, String path, boolean booking) {
        YamlMap cap = r.map(n, path, CAP_FIELDS);
        if (cap == null) return null;
        if (booking) {
            r.error(n, path, "a playbook with match.scope booking is opened for one booking, never by an area "
                    + "alert; remove triggers.cap or use scope area");
        }
        Node eventsNode = cap.required("events");
        List<String> events = eventsNode == null ? null : r.texts(eventsNode, cap.path("events"));
        if (events != null && events.isEmpty()) r.error(eventsNode, cap.path("events"), "lists no event");
        String severity = capLevel(cap, "min_severity", CAP_SEVERITY, "a CAP severity");
        String urgency = capLevel(cap, "min_urgency", CAP_URGENCY, "a CAP urgency");
        String certainty = capLevel(cap, "min_certainty", CAP_CERTAINTY, "a CAP certainty");
        return events == null ? null : new CapTrigger(events, severity, urgency, certainty);
    }

    private String capLevel(YamlMap cap, String field, List<String> scale, String what) {
        return cap.has(field) ? r.choice(cap.get(field), cap.path(field), scale, what) : null;
    }

    private List<TaskTemplate> tasks(Node n, String path, NotificationsParser notify) {
        int mark = r.mark();
        List<Node> items = r.list(n, path);
        if (items == null) return null;
        if (items.isEmpty()) r.error(n, path, "needs at least one task");
        List<TaskTemplate> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            TaskTemplate t = task(items.get(i), path + "[" + i + "]", notify, seen);
            if (t != null) out.add(t);
        }
        return r.cleanSince(mark) ? out : null;
    }

    private TaskTemplate task(Node n, String path, NotificationsParser notify, Map<String, Integer> seen) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, TASK_FIELDS);
        if (m == null) return null;
        Node idNode = m.required("id");
        String id = idNode == null ? null : r.uniqueName(idNode, m.path("id"), "task id", seen);
        Node titleNode = m.required("title");
        Map<String, String> title = titleNode == null ? null : r.localized(titleNode, m.path("title"));
        Node capNode = m.required("capability");
        String code = capNode == null ? null : r.choice(capNode, m.path("capability"), CAPABILITIES, "a capability");
        Capability capability = code == null ? null : Capability.parse(code);
        Node dueNode = m.required("due");
        Duration due = dueNode == null ? null : r.duration(dueNode, m.path("due"), false);
        String template = m.has("template") ? notify.reference(m.get("template"), m.path("template")) : null;
        if (template != null && capability != null) {
            String audience = notify.audienceOf(template);
            String expected = audienceOf(capability);
            if (audience != null && expected != null && !audience.equals(expected)) {
                r.error(m.get("template"), m.path("template"), "template '" + template + "' is for the " + audience
                        + " audience, but the task informs the " + expected + " (capability " + code + ")");
            }
        }
        if (!r.cleanSince(mark)) return null;
        return new TaskTemplate(id, title, capability, due, template);
    }

    /** The audience an information task is about, or null for the other duties. */
    private static String audienceOf(Capability c) {
        return switch (c) {
            case INFO_SYNC_TRAVELERS -> TemplateVariables.TRAVELER;
            case INFO_SYNC_SUPPLIERS -> TemplateVariables.SUPPLIER;
            case INFO_SYNC_REGULATOR -> TemplateVariables.REGULATOR;
            default -> null;
        };
    }

    private Contact contact(Node n, String path) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, CONTACT_FIELDS);
        if (m == null) return null;
        Node nameNode = m.required("name");
        Map<String, String> name = nameNode == null ? null : r.localized(nameNode, m.path("name"));
        String phone = m.text("phone", false);
        if (phone != null && !validPhone(phone)) {
            r.error(m.get("phone"), m.path("phone"), "'" + phone + "' is not a valid E.164 phone number "
                    + "(a '+', the country code and digits, e.g. +8613800138000)");
        }
        String email = m.text("email", false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            r.error(m.get("email"), m.path("email"), "'" + email + "' is not an e-mail address");
        }
        if (phone == null && email == null && r.cleanSince(mark)) {
            r.error(n, path, "needs a phone or an email (or both)");
        }
        if (!r.cleanSince(mark)) return null;
        return new Contact(name, phone, email);
    }

    private static boolean validPhone(String phone) {
        if (!E164.matcher(phone).matches()) return false;
        try {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            return util.isValidNumber(util.parse(phone, null));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private List<Alternative> alternatives(Node n, String path) {
        int mark = r.mark();
        List<Node> items = r.list(n, path);
        List<Alternative> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String p = path + "[" + i + "]";
            YamlMap m = r.map(items.get(i), p, ALTERNATIVE_FIELDS);
            if (m == null) continue;
            Node idNode = m.required("id");
            String id = idNode == null ? null : r.uniqueName(idNode, m.path("id"), "alternative id", seen);
            Node replacesNode = m.required("replaces");
            List<SegmentKind> replaces = replacesNode == null ? null : kinds(replacesNode, m.path("replaces"));
            if (replaces != null && replaces.isEmpty() && r.cleanSince(mark)) {
                r.error(replacesNode, m.path("replaces"), "lists no segment kind");
            }
            Node textNode = m.required("text");
            Map<String, String> text = textNode == null ? null : r.localized(textNode, m.path("text"));
            if (r.cleanSince(mark)) out.add(new Alternative(id, replaces, text));
        }
        return r.cleanSince(mark) ? out : null;
    }
}
