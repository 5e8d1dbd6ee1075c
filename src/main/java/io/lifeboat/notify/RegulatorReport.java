package io.lifeboat.notify;

import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The regulator report as a file to attach: Markdown or a self-contained HTML page, with the facts (grade,
 * counts, by region and kind, actions taken, contact, report due) and the report text as drafted.
 */
public final class RegulatorReport {
    public static final String MARKDOWN = "md";
    public static final String HTML = "html";

    private record Labels(String facts, String grade, String due, String opened, String window, String affected,
                          String casualties, String byRegion, String byKind, String actions, String contact,
                          String text, String region, String bookings, String travelers, String kind, String segments,
                          String drill) {
    }

    private static final Labels ZH = new Labels("事件概况", "事件等级", "报告时限", "知悉时间", "影响时段", "影响范围",
            "伤亡与滞留", "分地区", "分类型", "已采取的措施", "联系人", "报告正文", "地区", "订单", "游客", "类型", "行程段",
            "演练（非真实事件）");
    private static final Labels EN = new Labels("Summary", "Grade", "Report due", "Learned of at", "Affected period",
            "Affected", "Casualties and stranded", "By region", "By kind", "Actions taken", "Contact", "Report text",
            "Region", "Bookings", "Travelers", "Kind", "Segments", "DRILL (not a real event)");

    private RegulatorReport() {
    }

    /** Renders {@code scope} (the regulator template's variables) with the drafted subject and body. */
    @SuppressWarnings("unchecked")
    public static String render(String format, String locale, Map<String, Object> scope, String subject, String body,
                                boolean drill) {
        boolean html = HTML.equals(format);
        Labels l = TemplateLocale.ENGLISH.equals(TemplateLocale.family(locale)) ? EN : ZH;
        Doc d = html ? new Html() : new Markdown();
        d.title((drill ? "[DRILL] " : "") + subject);
        if (drill) d.para(l.drill());
        d.heading(l.facts());
        d.table(List.of("", ""), List.of(
                List.of(l.grade(), scope.get("grade_name") + " (" + scope.get("grade") + ")"),
                List.of(l.due(), String.valueOf(scope.get("report_due_local"))),
                List.of(l.opened(), String.valueOf(scope.get("opened_at_local"))),
                List.of(l.window(), scope.get("window_from_local") + " – " + scope.get("window_until_local")),
                List.of(l.affected(), scope.get("affected_bookings") + " " + l.bookings() + ", "
                        + scope.get("affected_travelers") + " " + l.travelers()),
                List.of(l.casualties(), scope.get("deaths") + " / " + scope.get("injured") + " / " + scope.get("stranded"))));
        d.heading(l.byRegion());
        d.table(List.of(l.region(), l.bookings(), l.travelers()), ((List<Map<String, Object>>) scope.get("by_region"))
                .stream().map(m -> List.of(str(m.get("region")), str(m.get("bookings")), str(m.get("travelers")))).toList());
        d.heading(l.byKind());
        d.table(List.of(l.kind(), l.segments()), ((List<Map<String, Object>>) scope.get("by_kind")).stream()
                .map(m -> List.of(str(m.get("kind")), str(m.get("segments")))).toList());
        d.heading(l.actions());
        d.list(((List<Map<String, Object>>) scope.get("actions")).stream().map(m -> str(m.get("text"))).toList());
        d.heading(l.contact());
        d.para(scope.get("contact_name") + ", " + scope.get("contact_phone"));
        d.heading(l.text());
        d.pre(body);
        return d.finish();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private interface Doc {
        void title(String s);

        void heading(String s);

        void para(String s);

        void table(List<String> header, List<List<String>> rows);

        void list(List<String> items);

        void pre(String s);

        String finish();
    }

    private static final class Markdown implements Doc {
        private final StringBuilder sb = new StringBuilder();

        public void title(String s) {
            sb.append("# ").append(esc(s)).append("\n\n");
        }

        public void heading(String s) {
            sb.append("## ").append(esc(s)).append("\n\n");
        }

        public void para(String s) {
            sb.append(esc(s)).append("\n\n");
        }

        public void table(List<String> header, List<List<String>> rows) {
            sb.append('|');
            for (String h : header) sb.append(' ').append(cell(h)).append(" |");
            sb.append("\n|");
            for (int i = 0; i < header.size(); i++) sb.append(" --- |");
            sb.append('\n');
            for (List<String> r : rows) {
                sb.append('|');
                for (String c : r) sb.append(' ').append(cell(c)).append(" |");
                sb.append('\n');
            }
            sb.append('\n');
        }

        public void list(List<String> items) {
            for (String i : items) sb.append("- ").append(esc(i)).append('\n');
            sb.append('\n');
        }

        public void pre(String s) {
            sb.append("```text\n").append(s.replace("```", "'''").stripTrailing()).append("\n```\n");
        }

        public String finish() {
            return sb.toString();
        }

        private static String cell(String s) {
            return esc(s).replace("|", "\\|").replace("\n", " ");
        }

        private static String esc(String s) {
            return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
        }
    }

    private static final class Html implements Doc {
        private final StringBuilder sb = new StringBuilder();

        public void title(String s) {
            sb.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>").append(e(s))
                    .append("</title>\n<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}"
                            + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .6em;"
                            + "text-align:left}pre{white-space:pre-wrap}</style>\n</head>\n<body>\n<h1>")
                    .append(e(s)).append("</h1>\n");
        }

        public void heading(String s) {
            sb.append("<h2>").append(e(s)).append("</h2>\n");
        }

        public void para(String s) {
            sb.append("<p>").append(e(s)).append("</p>\n");
        }

        public void table(List<String> header, List<List<String>> rows) {
            sb.append("<table>\n");
            if (header.stream().anyMatch(h -> !h.isEmpty())) {
                sb.append("<tr>");
                for (String h : header) sb.append("<th>").append(e(h)).append("</th>");
                sb.append("</tr>\n");
            }
            for (List<String> r : rows) {
                sb.append("<tr>");
                for (String c : r) sb.append("<td>").append(e(c)).append("</td>");
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }

        public void list(List<String> items) {
            sb.append("<ul>\n");
            for (String i : items) sb.append("<li>").append(e(i)).append("</li>\n");
            sb.append("</ul>\n");
        }

        public void pre(String s) {
            sb.append("<pre>").append(e(s.stripTrailing())).append("</pre>\n");
        }

        public String finish() {
            return sb.append("</body>\n</html>\n").toString();
        }

        private static String e(String s) {
            return StringEscapeUtils.escapeHtml4(s);
        }
    }
}
