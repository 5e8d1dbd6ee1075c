package io.lifeboat.alert;

import io.lifeboat.common.Problem;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CAP 1.1/1.2 alerts, documents of several alerts, and Atom/RSS feeds (embedded alerts are read,
 * links are returned for the caller to fetch). Hardened: a document with a DTD is refused outright, no
 * entity is ever expanded and nothing outside the document is opened (no DTD, schema, XInclude or
 * entity fetches). The byte stream goes to StAX as is, so byte-order marks and declared encodings
 * (ISO-8859-1, UTF-16) are honoured. One reader (and its factory) serves any number of documents.
 */
public final class CapReader {
    public static final String CAP_12 = "urn:oasis:names:tc:emergency:cap:1.2";
    public static final String CAP_11 = "urn:oasis:names:tc:emergency:cap:1.1";
    public static final String CAP_10 = "http://www.incident.com/cap/1.0";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    static final Set<String> STATUS = Set.of("Actual", "Exercise", "System", "Test", "Draft");
    static final Set<String> MSG_TYPE = Set.of("Alert", "Update", "Cancel", "Ack", "Error");
    static final Set<String> SCOPE = Set.of("Public", "Restricted", "Private");
    static final Set<String> URGENCY = Set.of("Immediate", "Expected", "Future", "Past", "Unknown");
    static final Set<String> SEVERITY = Set.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    static final Set<String> CERTAINTY = Set.of("Observed", "Likely", "Possible", "Unlikely", "Unknown",
            "Very Likely");

    private final XMLInputFactory factory = hardenedFactory();

    /** A StAX factory that never reads a DTD, never resolves an entity and never opens anything. */
    static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        optional(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        optional(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Problems are reported through exceptions and become rejections; nothing is printed by the parser.
        f.setXMLReporter((message, type, info, location) -> { });
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new Refused("refused to open " + systemId + " from inside the document");
        });
        return f;
    }

    private static void optional(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // a StAX implementation without this property: the resolver above still refuses everything
        }
    }

    /** Reads one document. Never throws for bad input: problems come back as rejections. */
    public CapRead read(String source, InputStream in) {
        Doc doc = new Doc(source);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(source, in);
            if (!toRoot(r)) {
                doc.reject(null, Problem.general(source, "empty document: no XML element"));
            } else {
                root(r, doc);
                while (r.hasNext()) {
                    int e = r.next();
                    if (e == XMLStreamConstants.DTD) throw dtd(r);
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String msg = cleanMessage(e);
            return new CapRead(List.of(), List.of(new CapRead.Rejected(source, null, List.of(at == null
                    ? Problem.general(source, msg) : Problem.at(source, Math.max(0, at.getLineNumber()), null, msg)))),
                    List.of());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing to release beyond the stream the caller closes
                }
            }
        }
        return new CapRead(doc.alerts, doc.rejected, doc.links);
    }

    private static boolean toRoot(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.DTD) throw dtd(r);
            if (e == XMLStreamConstants.START_ELEMENT) return true;
        }
        return false;
    }

    private static XMLStreamException dtd(XMLStreamReader r) {
        return new Refused("DTD not allowed: a document type declaration (<!DOCTYPE>) can pull in external "
                + "files and entities, so alerts with one are refused", r.getLocation());
    }

    private void root(XMLStreamReader r, Doc doc) throws XMLStreamException {
        String ns = nz(r.getNamespaceURI());
        String name = r.getLocalName();
        if (isCap(ns) && name.equals("alert")) {
            alert(r, doc, doc.source);
        } else if (isCap(ns) && name.equals("alerts")) {
            while (nextChild(r)) {
                if (isCap(nz(r.getNamespaceURI())) && r.getLocalName().equals("alert")) alert(r, doc, doc.source);
                else skip(r);
            }
        } else if (ATOM.equals(ns) && name.equals("feed")) {
            feed(r, doc);
        } else if (name.equals("rss") || name.equals("RDF")) {
            rss(r, doc);
        } else if (name.equals("alert")) {
            doc.reject(null, Problem.at(doc.source, line(r), "alert", "namespace '" + ns + "' is not CAP (expected "
                    + CAP_12 + " or " + CAP_11 + ")"));
            skip(r);
        } else {
            doc.reject(null, Problem.at(doc.source, line(r), name, "not a CAP alert, an Atom feed or an RSS feed"));
            skip(r);
        }
    }

    static boolean isCap(String ns) {
        return CAP_12.equals(ns) || CAP_11.equals(ns) || CAP_10.equals(ns);
    }

    // ------------------------------------------------------------------ feeds

    private void feed(XMLStreamReader r, Doc doc) throws XMLStreamException {
        int entry = 0;
        while (nextChild(r)) {
            String ns = nz(r.getNamespaceURI());
            if (ATOM.equals(ns) && r.getLocalName().equals("entry")) {
                entry(r, doc, ++entry);
            } else if (isCap(ns) && r.getLocalName().equals("alert")) {
                doc.reject(null, Problem.at(doc.source, line(r), "alert",
                        "a CAP alert outside any <entry> is not part of the feed; put it in an entry's <content>"));
                skip(r);
            } else {
                skip(r);
            }
        }
    }

    private void entry(XMLStreamReader r, Doc doc, int n) throws XMLStreamException {
        int line = line(r);
        int before = doc.alerts.size() + doc.rejected.size();
        List<String> links = new ArrayList<>();
        List<String> otherTypes = new ArrayList<>();
        String where = doc.source + " entry " + n;
        while (nextChild(r)) {
            String ns = nz(r.getNamespaceURI());
            String name = r.getLocalName();
            if (ATOM.equals(ns) && name.equals("link")) {
                String href = r.getAttributeValue(null, "href");
                String rel = r.getAttributeValue(null, "rel");
                String type = r.getAttributeValue(null, "type");
                if (href != null && !href.isBlank() && (rel == null || Set.of("alternate", "related", "enclosure")
                        .contains(rel))) {
                    if (type == null || type.contains("xml") || type.contains("cap")) links.add(href.strip());
                    else otherTypes.add(type);
                }
                skip(r);
            } else if (ATOM.equals(ns) && name.equals("content")) {
                String src = r.getAttributeValue(null, "src");
                if (src != null && !src.isBlank()) links.add(src.strip());
                while (nextChild(r)) {
                    if (isCap(nz(r.getNamespaceURI())) && r.getLocalName().equals("alert")) alert(r, doc, where);
                    else skip(r);
                }
            } else {
                skip(r);
            }
        }
        if (doc.alerts.size() + doc.rejected.size() > before) return;
        if (!links.isEmpty()) {
            doc.links.add(links.get(0));
            return;
        }
        doc.reject(null, Problem.at(doc.source, line, "entry " + n, "neither a CAP alert in <content> nor a link to one"
                + (otherTypes.isEmpty() ? "" : " (its links are " + String.join(", ", otherTypes) + ")")));
    }

    private void rss(XMLStreamReader r, Doc doc) throws XMLStreamException {
        while (nextChild(r)) {
            String name = r.getLocalName();
            if (name.equals("channel")) continue; // descend: the items are its children
            if (name.equals("item")) {
                String link = null;
                while (nextChild(r)) {
                    String child = r.getLocalName();
                    if (child.equals("enclosure") && r.getAttributeValue(null, "url") != null) {
                        link = r.getAttributeValue(null, "url").strip();
                        skip(r);
                    } else if (child.equals("link") && link == null) {
                        link = text(r);
                    } else if (isCap(nz(r.getNamespaceURI())) && child.equals("alert")) {
                        alert(r, doc, doc.source);
                        link = "";
                    } else {
                        skip(r);
                    }
                }
                if (link != null && !link.isEmpty()) doc.links.add(link);
            } else {
                skip(r);
            }
        }
    }

    // ------------------------------------------------------------------ alerts

    private void alert(XMLStreamReader r, Doc doc, String where) throws XMLStreamException {
        String ns = r.getNamespaceURI();
        int line = line(r);
        String version = CAP_12.equals(ns) ? "1.2" : CAP_11.equals(ns) ? "1.1" : "1.0";
        List<Problem> problems = new ArrayList<>();
        String identifier = null;
        String sender = null;
        String sentText = null;
        String status = null;
        String msgType = null;
        String scope = null;
        String note = null;
        String references = null;
        int sentLine = line;
        int refLine = line;
        List<CapInfo> infos = new ArrayList<>();
        while (nextChild(r, ns)) {
            int at = line(r);
            switch (r.getLocalName()) {
                case "identifier" -> identifier = text(r);
                case "sender" -> sender = text(r);
                case "sent" -> {
                    sentLine = at;
                    sentText = text(r);
                }
                case "status" -> status = text(r);
                case "msgType" -> msgType = text(r);
                case "scope" -> scope = text(r);
                case "note" -> note = text(r);
                case "references" -> {
                    refLine = at;
                    references = text(r);
                }
                case "info" -> infos.add(info(r, doc.source, ns, problems));
                default -> skip(r);
            }
        }
        String src = doc.source;
        checkId(src, line, "identifier", identifier, problems);
        checkId(src, line, "sender", sender, problems);
        Instant sent = time(src, sentLine, "sent", sentText, true, problems);
        oneOf(src, line, "status", status, STATUS, problems);
        oneOf(src, line, "msgType", msgType, MSG_TYPE, problems);
        oneOf(src, line, "scope", scope, SCOPE, problems);
        List<String> refs = new ArrayList<>();
        if (references != null) {
            for (String ref : tokens(references)) {
                if (ref.split(",", -1).length != 3) {
                    problems.add(Problem.at(src, refLine, "references", "'" + ref + "' is not sender,identifier,sent"));
                } else {
                    refs.add(ref);
                }
            }
            if (refs.isEmpty() && problems.stream().noneMatch(p -> "references".equals(p.field()))) {
                problems.add(Problem.at(src, refLine, "references", "empty: name at least one sender,identifier,sent"));
            }
        }
        String key = identifier != null && sender != null ? CapAlert.key(sender, identifier) : null;
        if (!problems.isEmpty()) {
            doc.rejected.add(new CapRead.Rejected(where, key, problems));
            return;
        }
        doc.alerts.add(new CapAlert(where, line, version, identifier, sender, sent, status, msgType, scope, note, refs,
                infos));
    }

    private CapInfo info(XMLStreamReader r, String src, String ns, List<Problem> problems) throws XMLStreamException {
        int line = line(r);
        String language = null;
        String event = null;
        String urgency = null;
        String severity = null;
        String certainty = null;
        String headline = null;
        String description = null;
        String senderName = null;
        String effective = null;
        String onset = null;
        String expires = null;
        int[] timeLines = new int[3];
        boolean category = false;
        List<CapArea> areas = new ArrayList<>();
        while (nextChild(r, ns)) {
            int at = line(r);
            switch (r.getLocalName()) {
                case "language" -> language = text(r);
                case "category" -> {
                    category = true;
                    skip(r);
                }
                case "event" -> event = text(r);
                case "urgency" -> urgency = text(r);
                case "severity" -> severity = text(r);
                case "certainty" -> certainty = text(r);
                case "headline" -> headline = text(r);
                case "description" -> description = text(r);
                case "senderName" -> senderName = text(r);
                case "effective" -> {
                    timeLines[0] = at;
                    effective = text(r);
                }
                case "onset" -> {
                    timeLines[1] = at;
                    onset = text(r);
                }
                case "expires" -> {
                    timeLines[2] = at;
                    expires = text(r);
                }
                case "area" -> areas.add(area(r, src, ns, problems));
                default -> skip(r);
            }
        }
        if (!category) problems.add(Problem.at(src, line, "info/category", "missing"));
        if (event == null || event.isEmpty()) problems.add(Problem.at(src, line, "info/event", "missing"));
        oneOf(src, line, "info/urgency", urgency, URGENCY, problems);
        oneOf(src, line, "info/severity", severity, SEVERITY, problems);
        oneOf(src, line, "info/certainty", certainty, CERTAINTY, problems);
        Instant eff = time(src, timeLines[0], "info/effective", effective, false, problems);
        Instant ons = time(src, timeLines[1], "info/onset", onset, false, problems);
        Instant exp = time(src, timeLines[2], "info/expires", expires, false, problems);
        return new CapInfo(language == null || language.isEmpty() ? "en-US" : language, event, urgency, severity,
                certainty, eff, ons, exp, headline, description, senderName, areas);
    }

    private CapArea area(XMLStreamReader r, String src, String ns, List<Problem> problems) throws XMLStreamException {
        int line = line(r);
        String desc = null;
        List<double[]> polygons = new ArrayList<>();
        List<double[]> circles = new ArrayList<>();
        List<CapArea.Geocode> geocodes = new ArrayList<>();
        while (nextChild(r, ns)) {
            int at = line(r);
            switch (r.getLocalName()) {
                case "areaDesc" -> desc = text(r);
                case "polygon" -> {
                    double[] p = polygon(src, at, text(r), problems);
                    if (p != null) polygons.add(p);
                }
                case "circle" -> {
                    double[] c = circle(src, at, text(r), problems);
                    if (c != null) circles.add(c);
                }
                case "geocode" -> {
                    String[] nv = valuePair(r, ns);
                    if (nv[0] != null && nv[1] != null && !nv[1].isEmpty()) geocodes.add(new CapArea.Geocode(nv[0], nv[1]));
                }
                default -> skip(r);
            }
        }
        if (desc == null || desc.isEmpty()) problems.add(Problem.at(src, line, "area/areaDesc", "missing"));
        return new CapArea(desc, polygons, circles, geocodes);
    }

    private String[] valuePair(XMLStreamReader r, String ns) throws XMLStreamException {
        String[] out = new String[2];
        while (nextChild(r, ns)) {
            if (r.getLocalName().equals("valueName")) out[0] = text(r);
            else if (r.getLocalName().equals("value")) out[1] = text(r);
            else skip(r);
        }
        return out;
    }

    /** "lat,lon lat,lon ..." with at least four points, the first repeated last. */
    static double[] polygon(String src, int line, String text, List<Problem> problems) {
        List<String> points = tokens(text);
        if (points.size() < 4) {
            problems.add(Problem.at(src, line, "polygon", points.isEmpty() ? "empty"
                    : "needs at least 4 points (the first repeated last), has " + points.size()));
            return null;
        }
        double[] out = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            if (!point(src, line, "polygon", points.get(i), out, i * 2, problems)) return null;
        }
        int n = out.length;
        if (out[0] != out[n - 2] || out[1] != out[n - 1]) {
            problems.add(Problem.at(src, line, "polygon", "the last point must repeat the first"));
            return null;
        }
        return out;
    }

    /** "lat,lon radius_km"; a radius of 0 (a point) is legal. */
    static double[] circle(String src, int line, String text, List<Problem> problems) {
        List<String> parts = tokens(text);
        if (parts.size() != 2) {
            problems.add(Problem.at(src, line, "circle", "'" + text + "' is not 'lat,lon radius_km'"));
            return null;
        }
        double[] out = new double[3];
        if (!point(src, line, "circle", parts.get(0), out, 0, problems)) return null;
        try {
            out[2] = Double.parseDouble(parts.get(1));
        } catch (NumberFormatException e) {
            out[2] = Double.NaN;
        }
        if (!(out[2] >= 0 && out[2] <= 20_000)) {
            problems.add(Problem.at(src, line, "circle", "radius '" + parts.get(1) + "' is not a distance in km"));
            return null;
        }
        return out;
    }

    private static boolean point(String src, int line, String field, String pair, double[] out, int at,
                                 List<Problem> problems) {
        int comma = pair.indexOf(',');
        if (comma <= 0 || comma == pair.length() - 1 || pair.indexOf(',', comma + 1) >= 0) {
            problems.add(Problem.at(src, line, field, "'" + pair + "' is not lat,lon"));
            return false;
        }
        try {
            double lat = Double.parseDouble(pair.substring(0, comma));
            double lon = Double.parseDouble(pair.substring(comma + 1));
            if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                out[at] = lat;
                out[at + 1] = lon;
                return true;
            }
            problems.add(Problem.at(src, line, field, "'" + pair + "' is outside -90..90, -180..180"));
        } catch (NumberFormatException e) {
            problems.add(Problem.at(src, line, field, "'" + pair + "' is not lat,lon"));
        }
        return false;
    }

    /** Whitespace-separated tokens, without regular expressions (polygons can have thousands of points). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > start) out.add(text.substring(start, i));
        }
        return out;
    }

    private static void checkId(String src, int line, String field, String value, List<Problem> problems) {
        if (value == null || value.isEmpty()) {
            problems.add(Problem.at(src, line, field, "missing"));
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == ',' || c == '<' || c == '&' || Character.isWhitespace(c)) {
                problems.add(Problem.at(src, line, field, "'" + value + "' has a space, comma, '<' or '&' (not allowed)"));
                return;
            }
        }
    }

    private static void oneOf(String src, int line, String field, String value, Set<String> allowed,
                              List<Problem> problems) {
        if (value == null || value.isEmpty()) {
            problems.add(Problem.at(src, line, field, "missing"));
        } else if (!allowed.contains(value)) {
            problems.add(Problem.at(src, line, field, "'" + value + "' is not one of " + String.join(", ",
                    allowed.stream().sorted().toList())));
        }
    }

    private static Instant time(String src, int line, String field, String value, boolean required,
                                List<Problem> problems) {
        if (value == null || value.isEmpty()) {
            if (required) problems.add(Problem.at(src, line, field, "missing"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            problems.add(Problem.at(src, line, field, "'" + value + "' is not a date-time with an offset "
                    + "(2026-07-03T08:00:00+08:00)"));
            return null;
        }
    }

    // ------------------------------------------------------------------ StAX helpers

    /** Moves to the next child element of the current one; false at the current element's end. */
    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT:
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                case XMLStreamConstants.END_DOCUMENT:
                    return false;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw entity(r);
                case XMLStreamConstants.DTD:
                    throw dtd(r);
                default:
                    break;
            }
        }
    }

    /**
     * Moves to the next child element in namespace {@code ns}, skipping others (a signature, another
     * vocabulary's extension); false at the current element's end.
     */
    private static boolean nextChild(XMLStreamReader r, String ns) throws XMLStreamException {
        while (nextChild(r)) {
            if (ns.equals(r.getNamespaceURI())) return true;
            skip(r);
        }
        return false;
    }

    /** The text of a simple element, stripped; consumes its end tag (child elements are skipped). */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = null;
        String single = null;
        int depth = 1;
        while (true) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (depth == 1) {
                        if (single == null && sb == null) {
                            single = r.getText();
                        } else {
                            if (sb == null) sb = new StringBuilder(single);
                            sb.append(r.getText());
                        }
                    }
                    break;
                case XMLStreamConstants.START_ELEMENT:
                    depth++;
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (--depth == 0) {
                        String s = sb != null ? sb.toString() : single == null ? "" : single;
                        return s.strip();
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw entity(r);
                case XMLStreamConstants.END_DOCUMENT:
                    throw new XMLStreamException("unexpected end of document", r.getLocation());
                default:
                    break;
            }
        }
    }

    /** Skips the current element and everything in it. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) depth++;
            else if (e == XMLStreamConstants.END_ELEMENT) depth--;
            else if (e == XMLStreamConstants.ENTITY_REFERENCE) throw entity(r);
            else if (e == XMLStreamConstants.END_DOCUMENT) throw new XMLStreamException("unexpected end of document",
                    r.getLocation());
        }
    }

    private static XMLStreamException entity(XMLStreamReader r) {
        return new Refused("entity reference &" + r.getLocalName() + "; not allowed (entities are never "
                + "expanded)", r.getLocation());
    }

    private static int line(XMLStreamReader r) {
        return Math.max(0, r.getLocation().getLineNumber());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The parser's message without its "ParseError at [row,col]:" prefix (the line is reported separately). */
    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        if (i >= 0) m = m.substring(i + "Message: ".length());
        return e instanceof Refused ? m.strip() : "not well-formed XML: " + m.strip();
    }

    /** A document refused on purpose (DTD, entity), as opposed to one that is not well-formed. */
    private static final class Refused extends XMLStreamException {
        Refused(String message, Location at) {
            super(message, at);
        }

        Refused(String message) {
            super(message);
        }
    }

    private static final class Doc {
        final String source;
        final List<CapAlert> alerts = new ArrayList<>();
        final List<CapRead.Rejected> rejected = new ArrayList<>();
        final List<String> links = new ArrayList<>();

        Doc(String source) {
            this.source = source;
        }

        void reject(String cap, Problem p) {
            rejected.add(new CapRead.Rejected(source, cap, List.of(p)));
        }
    }
}
