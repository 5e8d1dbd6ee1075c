package io.lifeboat.drill;

import io.lifeboat.drill.ScoreCard.ActionScore;
import io.lifeboat.drill.ScoreCard.CapabilityScore;
import io.lifeboat.model.DrillLogEntry;
import io.lifeboat.model.DrillRun;
import io.lifeboat.playbook.Texts;
import io.lifeboat.render.Mask;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The after-action report of a drill run (HSEEP's AAR with its improvement plan), in Markdown or HTML:
 * overview, timeline of injects and actions, capability ratings, strengths, areas for improvement, the
 * improvement plan (with open items carried from earlier quarters) and, in HTML, the score trend chart.
 */
public final class AfterActionReport {
    private final Data d;
    private final DateTimeFormatter time;
    private final String lang;

    /** Everything the report shows. */
    public record Data(DrillRun run, Drill drill, ScoreCard card, List<Occurrence> audit, List<DrillLogEntry> logs,
                       List<DrillService.PlanLine> plan, List<Trend.Point> trend) {
    }

    public AfterActionReport(Data data, ZoneId zone, String lang) {
        this.d = data;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(zone);
        this.lang = lang;
    }

    /** A line of the timeline: when (drill time offset and clock), what, who. */
    record Event(long atMs, String kind, String what, String who) {
    }

    List<Event> timeline() {
        List<Event> out = new ArrayList<>();
        DrillRun r = d.run();
        for (Inject i : d.drill().injects()) {
            out.add(new Event(r.startedMs() + i.at().toMillis() / r.speed(), "inject", i.id() + ": "
                    + Texts.pick(i.text(), lang, i.id()), "facilitator"));
        }
        for (Occurrence o : d.audit()) out.add(new Event(o.atMs(), "action", describe(o), o.actor()));
        for (DrillLogEntry l : d.logs()) {
            out.add(new Event(l.atMs(), "logged", l.expectedId() + (l.note() == null ? "" : ": " + Mask.text(l.note())), l.actor()));
        }
        out.sort(Comparator.comparingLong(Event::atMs));
        return out;
    }

    private static String describe(Occurrence o) {
        StringBuilder sb = new StringBuilder(o.action());
        for (String key : List.of("task", "audience", "reason", "grade", "placed")) {
            Object v = o.details().get(key);
            if (v != null) sb.append(' ').append(key).append('=').append(v);
        }
        return sb.toString();
    }

    private String offset(long atMs) {
        long ms = (atMs - d.run().startedMs()) * d.run().speed();
        long minutes = Math.max(0, ms) / 60_000;
        return String.format(Locale.ROOT, "T+%d:%02d", minutes / 60, minutes % 60);
    }

    private String when(Long ms) {
        return ms == null ? "-" : time.format(Instant.ofEpochMilli(ms));
    }

    private static String fmt(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }

    private List<String> strengths() {
        List<String> out = new ArrayList<>();
        for (CapabilityScore c : d.card().capabilities()) {
            if (Rating.P.equals(c.rating())) out.add(c.capability() + ": " + Rating.describe(c.rating()));
        }
        for (ActionScore a : d.card().actions()) {
            if (ActionScore.ON_TIME.equals(a.status())) {
                out.add(a.id() + " done in " + minutes(a.latencyMs()) + " of " + minutes(a.deadlineS() * 1000)
                        + " allowed" + (a.note() == null ? "" : " (" + Mask.text(a.note()) + ")"));
            }
        }
        return out;
    }

    private List<String> improvements() {
        List<String> out = new ArrayList<>();
        for (ActionScore a : d.card().actions()) {
            if (ActionScore.LATE.equals(a.status())) {
                out.add(a.id() + " (" + a.capability() + (a.critical() ? ", critical" : "") + ") was late: "
                        + minutes(a.latencyMs()) + " against " + minutes(a.deadlineS() * 1000)
                        + (a.note() == null ? "" : "; note: " + Mask.text(a.note())));
            } else if (ActionScore.MISSED.equals(a.status())) {
                out.add(a.id() + " (" + a.capability() + (a.critical() ? ", critical" : "") + ") was missed: no "
                        + a.evidence() + " within the drill");
            }
        }
        for (CapabilityScore c : d.card().capabilities()) {
            if (c.override() != null) {
                out.add(c.capability() + ": evaluator rated " + c.rating() + " (computed " + c.computedRating() + "): "
                        + c.override().reason());
            }
        }
        return out;
    }

    private static String minutes(Long ms) {
        if (ms == null) return "-";
        long s = ms / 1000;
        if (s < 60) return s + " s";
        long m = s / 60;
        return m < 60 ? m + " min" : String.format(Locale.ROOT, "%d h %02d min", m / 60, m % 60);
    }

    // ------------------------------------------------------------------ Markdown

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        Drill drill = d.drill();
        DrillRun r = d.run();
        sb.append("# After-action report: ").append(md(Texts.pick(drill.title(), lang, drill.id()))).append("\n\n");
        sb.append("## Overview\n\n");
        sb.append("| | |\n|---|---|\n");
        row(sb, "Drill", drill.id());
        row(sb, "Scenario", drill.scenario());
        row(sb, "Quarter", drill.quarter());
        row(sb, "Type", drill.type());
        row(sb, "Playbook", drill.playbook());
        row(sb, "Run", r.id() + " (" + r.status() + (r.speed() > 1 ? ", speed ×" + r.speed() : "") + ")");
        row(sb, "Started", when(r.startedMs()) + " by " + r.startedBy());
        row(sb, "Ended", when(r.endedMs()));
        row(sb, "Drill incident", r.incidentId() + " in " + r.sandbox());
        row(sb, "Score", fmt(d.card().score(), 1) + " / 100");
        sb.append("\n## Timeline\n\n| T+ | time | kind | what | who |\n|---|---|---|---|---|\n");
        for (Event e : timeline()) {
            sb.append("| ").append(offset(e.atMs())).append(" | ").append(when(e.atMs())).append(" | ").append(e.kind())
                    .append(" | ").append(md(e.what())).append(" | ").append(md(e.who())).append(" |\n");
        }
        sb.append("\n## Capabilities\n\n| capability | score | rating | computed | evaluator's reason |\n"
                + "|---|---|---|---|---|\n");
        for (CapabilityScore c : d.card().capabilities()) {
            sb.append("| ").append(c.capability()).append(" | ").append(fmt(c.score(), 2)).append(" | ").append(c.rating())
                    .append(" | ").append(c.computedRating()).append(" | ")
                    .append(c.override() == null ? "" : md(c.override().reason() + " (" + c.override().by() + ")"))
                    .append(" |\n");
        }
        sb.append("\n## Expected actions\n\n| action | capability | within | done | latency | credit | status |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (ActionScore a : d.card().actions()) {
            sb.append("| ").append(a.id()).append(a.critical() ? " (critical)" : "").append(" | ").append(a.capability())
                    .append(" | ").append(minutes(a.deadlineS() * 1000)).append(" | ").append(when(a.doneMs()))
                    .append(" | ").append(minutes(a.latencyMs())).append(" | ").append(fmt(a.credit(), 2)).append(" | ")
                    .append(a.status()).append(" |\n");
        }
        sb.append("\n## Strengths\n\n");
        list(sb, strengths(), "none recorded");
        sb.append("\n## Areas for improvement\n\n");
        list(sb, improvements(), "none: every expected action was on time");
        sb.append("\n## Improvement plan\n\n| item | action | capability | owner | due | status | from |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (DrillService.PlanLine l : d.plan()) {
            sb.append("| ").append(l.item().id()).append(" | ").append(md(l.item().action())).append(" | ")
                    .append(l.item().capability()).append(" | ").append(md(l.item().owner())).append(" | ")
                    .append(when(l.item().dueMs())).append(" | ").append(l.item().status()).append(" | ")
                    .append(l.quarter()).append(l.carried() ? " (carried over)" : "").append(" |\n");
        }
        if (d.plan().isEmpty()) sb.append("| | (no items yet: add them with `lifeboat drill plan ").append(r.id())
                .append(" --add ...`) | | | | | |\n");
        sb.append("\n## Trend\n\n");
        List<Double> scores = d.trend().stream().map(Trend.Point::score).toList();
        sb.append("Score by quarter: ").append(Trend.sparkline(scores)).append(' ')
                .append(String.join(" → ", d.trend().stream().map(p -> p.quarter() + " " + fmt(p.score(), 1)).toList()))
                .append("\n");
        return sb.toString();
    }

    private static void row(StringBuilder sb, String k, String v) {
        sb.append("| ").append(k).append(" | ").append(md(v)).append(" |\n");
    }

    private static void list(StringBuilder sb, List<String> items, String none) {
        if (items.isEmpty()) sb.append("- ").append(none).append('\n');
        for (String i : items) sb.append("- ").append(md(i)).append('\n');
    }

    private static String md(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    // ------------------------------------------------------------------ HTML

    /** A self-contained HTML page; the trend chart is embedded as a PNG, and linked as {@code svgName} when given. */
    public String html(byte[] chartPng, String svgName) {
        Drill drill = d.drill();
        DrillRun r = d.run();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>After-action report: ")
                .append(h(drill.id())).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.2em .5em;"
                + "text-align:left}.P{background:#cfc}.S{background:#ffc}.M{background:#fdb}.U{background:#fbb}"
                + "</style></head><body>\n");
        sb.append("<h1>After-action report: ").append(h(Texts.pick(drill.title(), lang, drill.id()))).append("</h1>\n");
        sb.append("<h2>Overview</h2>\n<table>\n");
        hrow(sb, "Drill", drill.id());
        hrow(sb, "Scenario", drill.scenario());
        hrow(sb, "Quarter", drill.quarter());
        hrow(sb, "Type", drill.type());
        hrow(sb, "Playbook", drill.playbook());
        hrow(sb, "Run", r.id() + " (" + r.status() + (r.speed() > 1 ? ", speed ×" + r.speed() : "") + ")");
        hrow(sb, "Started", when(r.startedMs()) + " by " + r.startedBy());
        hrow(sb, "Ended", when(r.endedMs()));
        hrow(sb, "Score", fmt(d.card().score(), 1) + " / 100");
        sb.append("</table>\n<h2>Timeline</h2>\n<table><tr><th>T+</th><th>time</th><th>kind</th><th>what</th><th>who</th></tr>\n");
        for (Event e : timeline()) {
            sb.append("<tr><td>").append(offset(e.atMs())).append("</td><td>").append(h(when(e.atMs()))).append("</td><td>")
                    .append(e.kind()).append("</td><td>").append(h(e.what())).append("</td><td>").append(h(e.who()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n<h2>Capabilities</h2>\n<table id=\"capabilities\"><tr><th>capability</th><th>score</th>"
                + "<th>rating</th><th>computed</th><th>evaluator's reason</th></tr>\n");
        for (CapabilityScore c : d.card().capabilities()) {
            sb.append("<tr><td>").append(c.capability()).append("</td><td>").append(fmt(c.score(), 2))
                    .append("</td><td class=\"").append(c.rating()).append("\">").append(c.rating()).append("</td><td>")
                    .append(c.computedRating()).append("</td><td>")
                    .append(c.override() == null ? "" : h(c.override().reason() + " (" + c.override().by() + ")"))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n<h2>Expected actions</h2>\n<table><tr><th>action</th><th>capability</th><th>within</th>"
                + "<th>done</th><th>latency</th><th>credit</th><th>status</th></tr>\n");
        for (ActionScore a : d.card().actions()) {
            sb.append("<tr><td>").append(h(a.id())).append(a.critical() ? " (critical)" : "").append("</td><td>")
                    .append(a.capability()).append("</td><td>").append(minutes(a.deadlineS() * 1000)).append("</td><td>")
                    .append(h(when(a.doneMs()))).append("</td><td>").append(minutes(a.latencyMs())).append("</td><td>")
                    .append(fmt(a.credit(), 2)).append("</td><td>").append(a.status()).append("</td></tr>\n");
        }
        sb.append("</table>\n<h2>Strengths</h2>\n");
        hlist(sb, strengths(), "none recorded");
        sb.append("<h2>Areas for improvement</h2>\n");
        hlist(sb, improvements(), "none: every expected action was on time");
        sb.append("<h2>Improvement plan</h2>\n<table id=\"plan\"><tr><th>item</th><th>action</th><th>capability</th>"
                + "<th>owner</th><th>due</th><th>status</th><th>from</th></tr>\n");
        for (DrillService.PlanLine l : d.plan()) {
            sb.append("<tr><td>").append(l.item().id()).append("</td><td>").append(h(l.item().action())).append("</td><td>")
                    .append(l.item().capability()).append("</td><td>").append(h(l.item().owner())).append("</td><td>")
                    .append(h(when(l.item().dueMs()))).append("</td><td>").append(l.item().status()).append("</td><td>")
                    .append(l.quarter()).append(l.carried() ? " (carried over)" : "").append("</td></tr>\n");
        }
        sb.append("</table>\n<h2>Trend</h2>\n<p><img id=\"trend-chart\" alt=\"Drill score by quarter\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(chartPng)).append("\"></p>\n");
        if (svgName != null) sb.append("<p><a href=\"").append(h(svgName)).append("\">The chart as SVG</a></p>\n");
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void hrow(StringBuilder sb, String k, String v) {
        sb.append("<tr><th>").append(h(k)).append("</th><td>").append(h(v)).append("</td></tr>\n");
    }

    private static void hlist(StringBuilder sb, List<String> items, String none) {
        sb.append("<ul>\n");
        if (items.isEmpty()) sb.append("<li>").append(h(none)).append("</li>\n");
        for (String i : items) sb.append("<li>").append(h(i)).append("</li>\n");
        sb.append("</ul>\n");
    }

    private static String h(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s);
    }
}
