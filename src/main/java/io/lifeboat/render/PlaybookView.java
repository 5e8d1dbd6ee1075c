package io.lifeboat.render;

import io.lifeboat.playbook.Alternative;
import io.lifeboat.playbook.CapTrigger;
import io.lifeboat.playbook.CatalogEntry;
import io.lifeboat.playbook.Compensation;
import io.lifeboat.playbook.Contact;
import io.lifeboat.playbook.Durations;
import io.lifeboat.playbook.Match;
import io.lifeboat.playbook.Notifications;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.playbook.PlaybookCatalog;
import io.lifeboat.playbook.PlaybookDocument;
import io.lifeboat.playbook.PriorityRule;
import io.lifeboat.playbook.Reallocation;
import io.lifeboat.playbook.ReallocationRule;
import io.lifeboat.playbook.TaskTemplate;
import io.lifeboat.playbook.Template;
import io.lifeboat.playbook.TemplateVariables;
import io.lifeboat.playbook.Texts;
import io.lifeboat.model.SegmentKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Renders playbooks: the catalog as a table, CSV or JSON, and one playbook as a readable summary. */
public final class PlaybookView {
    /** The CSV header and JSON field order of {@code playbook list}; scripts rely on it. */
    public static final List<String> LIST_FIELDS = List.of("id", "name", "version", "scope", "kinds", "tasks",
            "cap_events", "source", "overrides");

    private PlaybookView() {
    }

    public static void listJson(PrintWriter out, List<CatalogEntry> entries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CatalogEntry e : entries) {
            Playbook p = e.playbook();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("name", new java.util.TreeMap<>(p.name()));
            m.put("version", p.version());
            m.put("scope", p.match().scope());
            m.put("kinds", kinds(p.match()));
            m.put("tasks", p.tasks().size());
            m.put("cap_events", capEvents(p));
            m.put("source", p.source());
            m.put("overrides", e.overrides());
            rows.add(m);
        }
        Json.print(out, rows);
    }

    /** CSV: lists are {@code ;}-separated as in the data formats; {@code name} is in {@code locale}. */
    public static void listCsv(PrintWriter out, List<CatalogEntry> entries, String locale) {
        try (Csv csv = new Csv(out, LIST_FIELDS)) {
            for (CatalogEntry e : entries) {
                Playbook p = e.playbook();
                csv.row(p.id(), p.name(locale), p.version(), p.match().scope(), String.join(";", kinds(p.match())),
                        p.tasks().size(), String.join(";", capEvents(p)), p.source(), e.overrides());
            }
        }
    }

    /**
     * The catalog for people: shipped playbooks say only "shipped" (the id says which), user ones their path;
     * the CAP events are cut to the first few, as {@code show} lists them all.
     */
    public static void listTable(PrintWriter out, List<CatalogEntry> entries, String locale, Style style, int width) {
        if (entries.isEmpty()) {
            out.println("No playbooks.");
            out.flush();
            return;
        }
        Table t = new Table(Table.Column.fixed("ID"), Table.Column.left("NAME"), Table.Column.right("VERSION"),
                Table.Column.fixed("SCOPE"), Table.Column.left("KINDS"), Table.Column.right("TASKS"),
                Table.Column.left("CAP EVENTS"), Table.Column.left("SOURCE"));
        for (CatalogEntry e : entries) {
            Playbook p = e.playbook();
            List<String> kinds = kinds(p.match());
            String source = p.source().startsWith(PlaybookCatalog.SHIPPED) ? "shipped"
                    : e.overrides() == null ? p.source() : p.source() + " (overrides shipped)";
            t.row(p.id(), p.name(locale), p.version(), p.match().scope(), kinds.isEmpty() ? "all" : String.join(", ", kinds),
                    p.tasks().size(), firstFew(capEvents(p), 3), source);
        }
        t.print(out, style, width);
    }

    /** "a, b, c +4", or "-" for none. */
    private static String firstFew(List<String> items, int few) {
        if (items.isEmpty()) return "-";
        if (items.size() <= few) return String.join(", ", items);
        return String.join(", ", items.subList(0, few)) + " +" + (items.size() - few);
    }

    public static void showJson(PrintWriter out, CatalogEntry e) {
        Map<String, Object> doc = new LinkedHashMap<>(PlaybookDocument.of(e.playbook()));
        doc.put("overrides", e.overrides());
        Json.print(out, doc);
    }

    /** The summary a duty manager reads: what starts it, who comes first, what is due when, who is told what. */
    public static void showTable(PrintWriter out, CatalogEntry e, String locale, boolean reveal, Style style, int width) {
        Playbook p = e.playbook();
        out.println(style.bold(p.name(locale)) + "  (" + p.id() + ", version " + p.version() + ")");
        String description = Texts.pick(p.description(), locale, "");
        if (!description.isEmpty()) {
            for (String line : Table.wrap(description, width > 0 ? width : 100)) out.println(line);
        }
        out.println();
        Table facts = new Table(Table.Column.fixed(""), Table.Column.left(""));
        facts.row("Source", e.origin());
        facts.row("Match", match(p.match()));
        facts.row("Triggers", triggers(p.triggers()));
        if (p.contact() != null) facts.row("Contact", contact(p.contact(), locale, reveal));
        printWithoutHeader(out, facts, style, width);

        section(out, style, "PRIORITY (base " + p.priority().base() + ", higher first)");
        if (p.priority().rules().isEmpty()) {
            out.println("No rules: every booking is equal.");
        } else {
            Table t = new Table(Table.Column.left("WHEN"), Table.Column.right("ADD"), Table.Column.left("REASON"));
            for (PriorityRule r : p.priority().rules()) t.row(condition(r), "+" + r.add(), Texts.pick(r.reason(), locale, ""));
            t.print(out, style, width);
        }

        section(out, style, "TASKS (due after the incident opens)");
        Table tasks = new Table(Table.Column.right("DUE"), Table.Column.fixed("ID"), Table.Column.fixed("DUTY"),
                Table.Column.fixed("TEMPLATE"), Table.Column.left("TITLE"));
        List<TaskTemplate> byDue = new ArrayList<>(p.tasks());
        byDue.sort(Comparator.comparing(TaskTemplate::due));
        for (TaskTemplate t : byDue) {
            tasks.row(Durations.friendly(t.due()), t.id(), t.capability().code(), t.template() == null ? "-" : t.template(),
                    t.title(locale));
        }
        tasks.print(out, style, width);

        Notifications n = p.notifications();
        section(out, style, "NOTIFICATIONS (" + String.join(" then ", n.channels()) + "; next channel after "
                + Durations.friendly(n.escalateAfter()) + " without reply; SMS up to " + n.smsSegmentLimit() + " segments)");
        Table templates = new Table(Table.Column.fixed("TEMPLATE"), Table.Column.fixed("AUDIENCE"),
                Table.Column.fixed("SENT TO"), Table.Column.left("SMS"), Table.Column.left("EMAIL"));
        for (String name : new TreeSet<>(n.templates().keySet())) {
            Template t = n.templates().get(name);
            List<String> slots = new ArrayList<>();
            for (String audience : TemplateVariables.AUDIENCES) {
                if (name.equals(n.send().get(audience))) slots.add(audience);
            }
            templates.row(name, t.audience(), slots.isEmpty() ? "-" : String.join(", ", slots), locales(t.sms()),
                    locales(t.email()));
        }
        templates.print(out, style, width);

        Reallocation r = p.reallocation();
        section(out, style, "REALLOCATION (" + (r.standbyOnly() ? "standby suppliers only" : "any supplier")
                + " within " + km(r.radiusKm()) + "; needs → features: " + features(r.needsToFeatures()) + ")");
        if (r.rules().isEmpty()) {
            out.println("No rules: nothing is re-housed automatically.");
        } else {
            Table t = new Table(Table.Column.fixed("SEGMENT"), Table.Column.fixed("SUPPLIER"), Table.Column.fixed("UNITS"),
                    Table.Column.right("RADIUS"), Table.Column.left("NOTE"));
            for (ReallocationRule x : r.rules()) {
                t.row(x.segmentKind().code(), x.supplierKind().code(), x.units(),
                        km(x.radiusKm() > 0 ? x.radiusKm() : r.radiusKm()), Texts.pick(x.note(), locale, ""));
            }
            t.print(out, style, width);
        }

        if (!p.compensation().offers().isEmpty()) {
            section(out, style, "COMPENSATION");
            Table t = new Table(Table.Column.fixed("ID"), Table.Column.fixed("KIND"), Table.Column.right("AMOUNT"),
                    Table.Column.left("TEXT"));
            for (Compensation.Offer o : p.compensation().offers()) {
                t.row(o.id(), o.kind(), o.amount() == null ? "-" : o.amount().toPlainString() + " " + o.currency(),
                        Texts.pick(o.text(), locale, ""));
            }
            t.print(out, style, width);
        }
        if (!p.alternatives().isEmpty()) {
            section(out, style, "ALTERNATIVES");
            Table t = new Table(Table.Column.fixed("ID"), Table.Column.fixed("REPLACES"), Table.Column.left("TEXT"));
            for (Alternative a : p.alternatives()) {
                t.row(a.id(), String.join(", ", a.replaces().stream().map(SegmentKind::code).toList()), a.text(locale));
            }
            t.print(out, style, width);
        }
        out.flush();
    }

    private static void section(PrintWriter out, Style style, String title) {
        out.println();
        out.println(style.bold(title));
    }

    /** A two-column fact sheet: the table without its (empty) header line. */
    private static void printWithoutHeader(PrintWriter out, Table t, Style style, int width) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        t.print(new PrintWriter(buffer), style, width);
        String text = buffer.toString();
        int firstBreak = text.indexOf('\n');
        out.print(firstBreak >= 0 ? text.substring(firstBreak + 1) : text);
    }

    private static List<String> kinds(Match m) {
        return m.kinds().stream().map(SegmentKind::code).toList();
    }

    private static List<String> capEvents(Playbook p) {
        CapTrigger cap = p.triggers().cap();
        return cap == null ? List.of() : cap.events();
    }

    private static String match(Match m) {
        StringBuilder sb = new StringBuilder(Match.BOOKING.equals(m.scope()) ? "one booking" : "an area and a window");
        sb.append("; ").append(m.kinds().isEmpty() ? "all kinds" : String.join(", ", kinds(m)));
        if (!m.lead().isZero()) sb.append("; from ").append(Durations.friendly(m.lead())).append(" before");
        if (!m.tail().isZero()) sb.append("; until ").append(Durations.friendly(m.tail())).append(" after");
        if (m.bufferKm() > 0) sb.append("; area widened by ").append(km(m.bufferKm()));
        return sb.toString();
    }

    private static String triggers(io.lifeboat.playbook.Triggers t) {
        List<String> parts = new ArrayList<>();
        CapTrigger cap = t.cap();
        if (cap != null) {
            List<String> minimums = new ArrayList<>();
            if (cap.minSeverity() != null) minimums.add("severity " + cap.minSeverity());
            if (cap.minUrgency() != null) minimums.add("urgency " + cap.minUrgency());
            if (cap.minCertainty() != null) minimums.add("certainty " + cap.minCertainty());
            parts.add("CAP alerts about " + String.join(", ", cap.events())
                    + (minimums.isEmpty() ? "" : "; at least " + String.join(", ", minimums)));
        }
        if (!t.messages().isEmpty()) {
            parts.add("traveler messages saying " + String.join(", ", t.messages()) + " (fast channel)");
        }
        return parts.isEmpty() ? "opened by hand only" : String.join("; or ", parts);
    }

    private static String contact(Contact c, String locale, boolean reveal) {
        List<String> parts = new ArrayList<>();
        parts.add(c.name(locale));
        if (c.phone() != null) parts.add(reveal ? c.phone() : Mask.phone(c.phone()));
        if (c.email() != null) parts.add(reveal ? c.email() : Mask.email(c.email()));
        return String.join(", ", parts);
    }

    private static String condition(PriorityRule r) {
        List<String> parts = new ArrayList<>();
        if (!r.needs().isEmpty()) parts.add("needs " + String.join(" or ", r.needs()));
        if (r.tier() != null) parts.add("tier " + r.tier());
        if (r.inTrip() != null) parts.add(r.inTrip() ? "already travelling" : "not yet travelling");
        if (r.partySizeAtLeast() != null) parts.add("party of " + r.partySizeAtLeast() + "+");
        return String.join(" and ", parts);
    }

    private static String locales(Map<String, ?> texts) {
        return texts.isEmpty() ? "-" : String.join(" ", new TreeSet<>(texts.keySet()));
    }

    private static String features(Map<String, String> m) {
        if (m.isEmpty()) return "none";
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(m).forEach((need, feature) -> parts.add(need + "→" + feature));
        return String.join(", ", parts);
    }

    private static String km(double km) {
        return (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km";
    }
}
