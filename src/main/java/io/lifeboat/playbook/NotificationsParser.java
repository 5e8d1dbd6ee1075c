package io.lifeboat.playbook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code notifications}: channels, escalation, which template each audience gets, and the templates,
 * each text compiled and its variables checked against {@link TemplateVariables}. It keeps the templates'
 * audiences so that tasks can be checked against them too.
 */
final class NotificationsParser {
    static final String SMS = "sms";
    static final String EMAIL = "email";
    static final List<String> CHANNELS = List.of(SMS, EMAIL);
    static final Duration DEFAULT_ESCALATE_AFTER = Duration.ofHours(2);
    static final int DEFAULT_SMS_SEGMENT_LIMIT = 3;

    static final List<String> FIELDS = List.of("channels", "escalate_after", "sms_segment_limit", "send",
            "templates");
    static final List<String> TEMPLATE_FIELDS = List.of("audience", "sms", "email");
    static final List<String> EMAIL_FIELDS = List.of("subject", "body");

    private final YamlReader r;
    private final TemplateCheck check;
    /** Template name → its audience (null when the audience itself was bad), for references. */
    private final Map<String, String> audiences = new LinkedHashMap<>();

    NotificationsParser(YamlReader reader) {
        this.r = reader;
        this.check = new TemplateCheck(reader);
    }

    boolean hasTemplate(String name) {
        return audiences.containsKey(name);
    }

    String audienceOf(String name) {
        return audiences.get(name);
    }

    /** A reference to a template by name: reported when unknown; returns the name when it resolves. */
    String reference(Node n, String path) {
        String name = r.text(n, path);
        if (name == null) return null;
        if (!audiences.containsKey(name)) {
            String hint = Suggestions.didYouMean(name, audiences.keySet());
            r.error(n, path, "unknown template '" + name + "'" + hint
                    + (audiences.isEmpty() ? "; notifications.templates defines none"
                    : hint.isEmpty() ? "; defined: " + String.join(", ", audiences.keySet()) : ""));
            return null;
        }
        return name;
    }

    Notifications parse(Node n, String path) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, FIELDS);
        if (m == null) return null;
        List<String> channels = channels(m);
        Duration escalateAfter = m.has("escalate_after")
                ? r.duration(m.get("escalate_after"), m.path("escalate_after"), true) : DEFAULT_ESCALATE_AFTER;
        Integer smsLimit = m.has("sms_segment_limit")
                ? r.integer(m.get("sms_segment_limit"), m.path("sms_segment_limit"), 1) : Integer.valueOf(DEFAULT_SMS_SEGMENT_LIMIT);
        Map<String, Template> templates = templates(m.required("templates"), m.path("templates"), channels);
        Map<String, String> send = send(m.get("send"), m.path("send"));
        if (!r.cleanSince(mark)) return null;
        return new Notifications(channels, escalateAfter, smsLimit, send, templates);
    }

    private List<String> channels(YamlMap m) {
        if (!m.has("channels")) return CHANNELS;
        String path = m.path("channels");
        List<Node> items = r.list(m.get("channels"), path);
        if (items == null) return List.of();
        if (items.isEmpty()) r.error(m.get("channels"), path, "needs at least one channel (sms, email)");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String c = r.choice(items.get(i), path + "[" + i + "]", CHANNELS, "a channel");
            if (c == null) continue;
            if (out.contains(c)) {
                r.error(items.get(i), path + "[" + i + "]", "channel '" + c + "' is listed twice");
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private Map<String, String> send(Node n, String path) {
        Map<String, String> send = new LinkedHashMap<>();
        if (n == null) return send;
        YamlMap m = r.map(n, path, TemplateVariables.AUDIENCES);
        if (m == null) return send;
        for (String audience : TemplateVariables.AUDIENCES) {
            Node v = m.get(audience);
            if (v == null) continue;
            String name = reference(v, m.path(audience));
            if (name == null) continue;
            String actual = audiences.get(name);
            if (actual != null && !actual.equals(audience)) {
                r.error(v, m.path(audience), "template '" + name + "' is written for the " + actual
                        + " audience, not for " + audience);
            }
            send.put(audience, name);
        }
        return send;
    }

    private Map<String, Template> templates(Node n, String path, List<String> channels) {
        Map<String, Template> out = new LinkedHashMap<>();
        if (n == null) return out;
        Map<String, NodeTuple> entries = r.entries(n, path, "a mapping of template names to templates",
                (key, p) -> r.name(key, p));
        if (entries == null) return out;
        if (entries.isEmpty()) r.error(n, path, "defines no template");
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String name = e.getKey();
            audiences.put(name, null);
            Template t = template(name, e.getValue().getValueNode(), path + "." + name, channels);
            if (t != null) out.put(name, t);
        }
        return out;
    }

    private Template template(String name, Node n, String path, List<String> channels) {
        int mark = r.mark();
        YamlMap m = r.map(n, path, TEMPLATE_FIELDS);
        if (m == null) return null;
        Node audienceNode = m.required("audience");
        String audience = audienceNode == null ? null
                : r.choice(audienceNode, m.path("audience"), TemplateVariables.AUDIENCES, "an audience");
        audiences.put(name, audience);
        Map<String, String> sms = m.has("sms")
                ? r.localized(m.get("sms"), m.path("sms"), (v, p) -> body(v, p, audience)) : Map.of();
        Map<String, Template.EmailText> email = m.has("email")
                ? r.localized(m.get("email"), m.path("email"), (v, p) -> email(v, p, audience)) : Map.of();
        if (!m.has("sms") && !m.has("email")) {
            r.error(n, path, "needs an sms or an email text (or both)");
        } else if (audience != null) {
            coverage(m, audience, channels, path);
        }
        if (!r.cleanSince(mark)) return null;
        return new Template(audience, sms, email);
    }

    /**
     * Travelers are reached on every channel in turn, so their templates need a text for each; suppliers and
     * regulators are written to by e-mail.
     */
    private void coverage(YamlMap m, String audience, List<String> channels, String path) {
        Node at = m.get("audience");
        if (TemplateVariables.TRAVELER.equals(audience)) {
            for (String channel : channels) {
                if (!m.has(channel)) {
                    r.error(at, path, "a traveler template needs " + (SMS.equals(channel) ? "an sms" : "an email")
                            + " text, because notifications.channels includes " + channel);
                }
            }
        } else if (!m.has(EMAIL)) {
            r.error(at, path, "a " + audience + " template needs an email text (" + audience
                    + "s are written to by e-mail)");
        }
    }

    private Template.EmailText email(Node n, String path, String audience) {
        YamlMap m = r.map(n, path, EMAIL_FIELDS);
        if (m == null) return null;
        Node subject = m.required("subject");
        Node body = m.required("body");
        String s = subject == null ? null : body(subject, m.path("subject"), audience);
        String b = body == null ? null : body(body, m.path("body"), audience);
        return s == null || b == null ? null : new Template.EmailText(s, b);
    }

    /** A template text: compiled, and its variables checked when the audience is known. */
    private String body(Node n, String path, String audience) {
        String text = r.text(n, path);
        if (text != null && audience != null) check.check((ScalarNode) n, path, audience);
        return text;
    }
}
