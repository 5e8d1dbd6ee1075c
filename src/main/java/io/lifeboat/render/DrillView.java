package io.lifeboat.render;

import io.lifeboat.drill.Drill;
import io.lifeboat.drill.Expected;
import io.lifeboat.drill.Inject;
import io.lifeboat.drill.Rating;
import io.lifeboat.drill.ScoreCard;
import io.lifeboat.drill.ScoreCard.ActionScore;
import io.lifeboat.drill.ScoreCard.CapabilityScore;
import io.lifeboat.drill.Trend;
import io.lifeboat.model.DrillPlanItem;
import io.lifeboat.model.DrillRun;
import io.lifeboat.playbook.Texts;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drills on screen and for scripts: score cards, runs, schedules, plans and trends. */
public final class DrillView {
    public static final List<String> ACTION_FIELDS = List.of("id", "done_at", "latency_s", "credit", "capability",
            "critical", "status", "deadline_s", "evidence", "actor", "note");
    public static final List<String> RUN_FIELDS = List.of("run", "drill", "scenario", "quarter", "type", "playbook",
            "status", "started_at", "ended_at", "speed", "incident", "sandbox");

    private DrillView() {
    }

    // ------------------------------------------------------------------ score card

    /** {@code {"score","capabilities":[{"capability","score","rating"}],"actions":[{"id","done_at","latency_s","credit"}]}} and context. */
    public static Map<String, Object> scoreObject(ScoreCard card, Drill drill, Long runId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", round(card.score(), 1));
        List<Map<String, Object>> caps = new ArrayList<>();
        for (CapabilityScore c : card.capabilities()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("capability", c.capability());
            cm.put("score", round(c.score(), 3));
            cm.put("rating", c.rating());
            cm.put("computed_rating", c.computedRating());
            cm.put("override_reason", c.override() == null ? null : c.override().reason());
            cm.put("override_by", c.override() == null ? null : c.override().by());
            caps.add(cm);
        }
        m.put("capabilities", caps);
        m.put("actions", card.actions().stream().map(DrillView::actionObject).toList());
        m.put("drill", drill.id());
        m.put("scenario", drill.scenario());
        m.put("quarter", drill.quarter());
        m.put("run", runId);
        return m;
    }

    public static Map<String, Object> actionObject(ActionScore a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("done_at", Times.iso(a.doneMs()));
        m.put("latency_s", seconds(a.latencyMs()));
        m.put("credit", round(a.credit(), 4));
        m.put("capability", a.capability());
        m.put("critical", a.critical());
        m.put("status", a.status());
        m.put("deadline_s", a.deadlineS());
        m.put("evidence", a.evidence());
        m.put("actor", a.actor());
        m.put("note", Mask.text(a.note()));
        return m;
    }

    public static void score(PrintWriter out, ScoreCard card, Drill drill, Long runId, OutputFormat format, Times times,
                             Style style, int width) {
        switch (format) {
            case JSON -> Json.print(out, scoreObject(card, drill, runId));
            case CSV -> {
                try (Csv csv = new Csv(out, ACTION_FIELDS)) {
                    for (ActionScore a : card.actions()) csv.row(new ArrayList<>(actionObject(a).values()));
                }
            }
            default -> scoreTable(out, card, drill, runId, times, style, width);
        }
    }

    private static void scoreTable(PrintWriter out, ScoreCard card, Drill drill, Long runId, Times times, Style style,
                                   int width) {
        out.println(style.bold("Drill " + drill.id()) + "  " + drill.scenario() + ", " + drill.quarter() + ", "
                + drill.type() + (runId == null ? ", offline" : ", run " + runId));
        out.println(style.bold(String.format(java.util.Locale.ROOT, "Score %.1f / 100", card.score())));
        out.println();
        Table caps = new Table(Table.Column.fixed("CAPABILITY"), Table.Column.right("SCORE"), Table.Column.fixed("RATING"),
                Table.Column.left("MEANING"));
        for (CapabilityScore c : card.capabilities()) {
            String rating = c.override() == null ? c.rating()
                    : c.rating() + " (computed " + c.computedRating() + ")";
            String meaning = Rating.describe(c.rating()) + (c.override() == null ? ""
                    : "; " + c.override().by() + ": " + c.override().reason());
            caps.row(c.capability(), String.format(java.util.Locale.ROOT, "%.2f", c.score()), color(rating, c.rating(), style),
                    meaning);
        }
        caps.print(out, style, width);
        out.println();
        Table actions = new Table(Table.Column.fixed("ACTION"), Table.Column.fixed("CAPABILITY"),
                Table.Column.right("WITHIN"), Table.Column.fixed("DONE"), Table.Column.right("LATENCY"),
                Table.Column.right("CREDIT"), Table.Column.left("STATUS"));
        for (ActionScore a : card.actions()) {
            String status = switch (a.status()) {
                case ActionScore.ON_TIME -> style.good("on time");
                case ActionScore.LATE -> style.warn("late " + span(a.latencyMs() - a.deadlineS() * 1000));
                default -> style.bad("MISSED");
            };
            actions.row(a.id() + (a.critical() ? " *" : ""), a.capability(), span(a.deadlineS() * 1000),
                    a.done() ? times.show(a.doneMs()) : "-", a.done() ? span(a.latencyMs()) : "-",
                    String.format(java.util.Locale.ROOT, "%.2f", a.credit()),
                    status + (a.done() ? " (" + a.evidence() + ")" : ""));
        }
        actions.print(out, style, width);
        out.println("  * critical: missing it caps the capability at M");
        out.flush();
    }

    private static String color(String text, String rating, Style style) {
        return switch (rating) {
            case Rating.P -> style.good(text);
            case Rating.S -> text;
            case Rating.M -> style.warn(text);
            default -> style.bad(text);
        };
    }

    // ------------------------------------------------------------------ runs

    public static Map<String, Object> runObject(DrillRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.id());
        m.put("drill", r.drillId());
        m.put("scenario", r.scenario());
        m.put("quarter", r.quarter());
        m.put("type", r.type());
        m.put("playbook", r.playbookId());
        m.put("status", r.status());
        m.put("started_at", Times.iso(r.startedMs()));
        m.put("ended_at", Times.iso(r.endedMs()));
        m.put("speed", r.speed());
        m.put("incident", r.incidentId());
        m.put("sandbox", r.sandbox());
        return m;
    }

    public static void runs(PrintWriter out, List<DrillRun> runs, OutputFormat format, Times times, Style style, int width) {
        switch (format) {
            case JSON -> Json.print(out, runs.stream().map(DrillView::runObject).toList());
            case CSV -> {
                try (Csv csv = new Csv(out, RUN_FIELDS)) {
                    for (DrillRun r : runs) csv.row(new ArrayList<>(runObject(r).values()));
                }
            }
            default -> {
                if (runs.isEmpty()) {
                    out.println("  (no drill runs yet)");
                    out.flush();
                    return;
                }
                Table t = new Table(Table.Column.right("RUN"), Table.Column.fixed("QUARTER"), Table.Column.fixed("DRILL"),
                        Table.Column.fixed("TYPE"), Table.Column.fixed("STATUS"), Table.Column.fixed("STARTED"),
                        Table.Column.right("INCIDENT"));
                for (DrillRun r : runs) {
                    t.row(r.id(), r.quarter(), r.drillId(), r.type(), r.running() ? style.warn("running") : r.status(),
                            times.show(r.startedMs()), r.incidentId());
                }
                t.print(out, style, width);
            }
        }
    }

    /** The injects and expected actions on the clock: when each falls due, and whether it has. */
    public static void schedule(PrintWriter out, Drill drill, long startedMs, int speed, long nowMs, Times times,
                                Style style, int width, String lang) {
        schedule(out, drill, startedMs, speed, nowMs, null, times, style, width, lang);
    }

    /** The schedule with each expected action's state so far from {@code card} (null: no state column). */
    public static void schedule(PrintWriter out, Drill drill, long startedMs, int speed, long nowMs, ScoreCard card,
                                Times times, Style style, int width, String lang) {
        Table t = new Table(Table.Column.fixed("T+"), Table.Column.fixed("AT"), Table.Column.fixed("INJECT"),
                Table.Column.left("WHAT"));
        for (Inject i : drill.injects()) {
            long at = startedMs + i.at().toMillis() / speed;
            String mark = at <= nowMs ? style.warn("▶ ") : "  ";
            t.row(span(i.at().toMillis()), times.show(at), mark + i.id(), Texts.pick(i.text(), lang, i.id()));
        }
        t.print(out, style, width);
        out.println();
        List<Table.Column> cols = new ArrayList<>(List.of(Table.Column.fixed("EXPECTED"), Table.Column.fixed("CAPABILITY"),
                Table.Column.fixed("AFTER"), Table.Column.right("WITHIN"), Table.Column.fixed("DUE"),
                Table.Column.left("EVIDENCE")));
        if (card != null) cols.add(Table.Column.fixed("SO FAR"));
        Table e = new Table(cols);
        for (Expected x : drill.expected()) {
            Inject after = drill.inject(x.after()).orElseThrow();
            long due = startedMs + (after.at().toMillis() + x.within().toMillis()) / speed;
            String state = null;
            if (card != null) {
                ActionScore a = card.actions().stream().filter(s -> s.id().equals(x.id())).findFirst().orElseThrow();
                state = a.done() ? (ActionScore.ON_TIME.equals(a.status()) ? style.good("done on time")
                        : style.warn("done late")) : due <= nowMs ? style.bad("OVERDUE") : "open";
            }
            e.row(x.id() + (x.critical() ? " *" : ""), x.capability(), x.after(), span(x.within().toMillis()),
                    times.show(due), x.evidence().describe(), state);
        }
        e.print(out, style, width);
        out.flush();
    }

    // ------------------------------------------------------------------ plan

    public static Map<String, Object> planObject(DrillPlanItem i, String quarter, boolean carried) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", i.id());
        m.put("run", i.runId());
        m.put("quarter", quarter);
        m.put("action", i.action());
        m.put("capability", i.capability());
        m.put("owner", i.owner());
        m.put("due", Times.iso(i.dueMs()));
        m.put("status", i.status());
        m.put("carried", carried);
        return m;
    }

    // ------------------------------------------------------------------ trend

    public static Map<String, Object> trendObject(Trend t, String regression) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> quarters = new ArrayList<>();
        for (Trend.Point p : t.points()) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("quarter", p.quarter());
            q.put("scenario", p.scenario());
            q.put("drill", p.drill());
            q.put("run", p.run());
            q.put("score", round(p.score(), 1));
            q.put("ratings", p.ratings());
            Map<String, Object> lat = new LinkedHashMap<>();
            p.latency().forEach((duty, l) -> lat.put(duty, Ordered.of("median_s", l.medianS(), "worst_s", l.worstS(),
                    "missed", l.missed())));
            q.put("latency", lat);
            quarters.add(q);
        }
        m.put("quarters", quarters);
        m.put("repeated_findings", t.repeated().stream().map(f -> Ordered.of("expected", f.expected(),
                "capability", f.capability(), "quarters", f.quarters())).toList());
        m.put("sparkline", Trend.sparkline(t.points().stream().map(Trend.Point::score).toList()));
        m.put("regression", regression);
        return m;
    }

    public static void trend(PrintWriter out, Trend t, String regression, OutputFormat format, Style style, int width) {
        if (format == OutputFormat.JSON) {
            Json.print(out, trendObject(t, regression));
            return;
        }
        List<String> duties = t.points().stream().flatMap(p -> p.latency().keySet().stream()).distinct().sorted().toList();
        List<String> caps = t.points().stream().flatMap(p -> p.ratings().keySet().stream()).distinct().sorted().toList();
        if (format == OutputFormat.CSV) {
            List<String> header = new ArrayList<>(List.of("quarter", "scenario", "drill", "run", "score"));
            caps.forEach(c -> header.add("rating_" + c.replace('-', '_')));
            duties.forEach(d -> {
                header.add("median_s_" + d.replace('-', '_'));
                header.add("worst_s_" + d.replace('-', '_'));
            });
            try (Csv csv = new Csv(out, header)) {
                for (Trend.Point p : t.points()) {
                    List<Object> row = new ArrayList<>(List.of(p.quarter(), p.scenario(), p.drill(), p.run(), round(p.score(), 1)));
                    caps.forEach(c -> row.add(p.ratings().get(c)));
                    duties.forEach(d -> {
                        Trend.Latency l = p.latency().get(d);
                        row.add(l == null ? null : l.medianS());
                        row.add(l == null ? null : l.worstS());
                    });
                    csv.row(row);
                }
            }
            return;
        }
        if (t.points().isEmpty()) {
            out.println("  (no ended drill runs to compare)");
            out.flush();
            return;
        }
        List<Table.Column> cols = new ArrayList<>(List.of(Table.Column.fixed("QUARTER"), Table.Column.fixed("SCENARIO"),
                Table.Column.right("SCORE"), Table.Column.fixed("RATINGS")));
        duties.forEach(d -> cols.add(Table.Column.fixed(abbreviate(d).toUpperCase(java.util.Locale.ROOT) + " MED/WORST")));
        Table table = new Table(cols);
        for (Trend.Point p : t.points()) {
            List<Object> row = new ArrayList<>(List.of(p.quarter(), p.scenario(),
                    String.format(java.util.Locale.ROOT, "%.1f", p.score()), ratings(p.ratings())));
            duties.forEach(d -> {
                Trend.Latency l = p.latency().get(d);
                row.add(l == null || l.medianS() == null ? "-" : span(l.medianS() * 1000) + " / " + span(l.worstS() * 1000)
                        + (l.missed() > 0 ? " +" + l.missed() + " missed" : ""));
            });
            table.row(row.toArray());
        }
        table.print(out, style, width);
        List<Double> scores = t.points().stream().map(Trend.Point::score).toList();
        out.println();
        out.println("score  " + Trend.sparkline(scores) + "  " + String.join(" → ",
                scores.stream().map(s -> String.format(java.util.Locale.ROOT, "%.0f", s)).toList()));
        out.println("ratings: " + String.join(", ", caps.stream().map(c -> abbreviate(c) + " " + c).toList()));
        if (!t.repeated().isEmpty()) {
            out.println();
            out.println(style.bold("Repeated findings") + " (late or missed in more than one quarter):");
            for (Trend.Finding f : t.repeated()) {
                out.println("  " + f.expected() + " (" + f.capability() + "): " + String.join(", ", f.quarters()));
            }
        }
        out.flush();
    }

    /** {@code ist:P ris:S ...}: compact per-capability ratings. */
    private static String ratings(Map<String, String> ratings) {
        StringBuilder sb = new StringBuilder();
        ratings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (sb.length() > 0) sb.append(' ');
            sb.append(abbreviate(e.getKey())).append(':').append(e.getValue());
        });
        return sb.toString();
    }

    /** The initials of a hyphenated name: info-sync-travelers → ist. */
    public static String abbreviate(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("-")) if (!part.isEmpty()) sb.append(part.charAt(0));
        return sb.toString();
    }

    // ------------------------------------------------------------------ numbers

    /** Whole seconds as a whole number, else three decimals; null stays null. */
    public static Number seconds(Long ms) {
        if (ms == null) return null;
        if (ms % 1000 == 0) return ms / 1000;
        return BigDecimal.valueOf(ms).movePointLeft(3);
    }

    public static double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** A drill-time span for people: 45 min, 1 h 5 min, 2 d 3 h, 1 s. */
    public static String span(long ms) {
        if (ms < 60_000 && ms % 1000 != 0) return Duration.ofMillis(ms).toMillis() / 1000.0 + " s";
        return Times.span(ms);
    }
}
