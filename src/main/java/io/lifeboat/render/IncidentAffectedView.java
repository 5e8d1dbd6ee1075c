package io.lifeboat.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifeboat.exposure.Area;
import io.lifeboat.exposure.AreaSpec;
import io.lifeboat.exposure.CircleArea;
import io.lifeboat.exposure.GeoJson;
import io.lifeboat.exposure.PolygonArea;
import io.lifeboat.exposure.RegionArea;
import io.lifeboat.model.ExposedSegment;
import io.lifeboat.model.Incident;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.Tags;
import io.lifeboat.playbook.Texts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code affected INCIDENT_ID}: the ad-hoc query's columns plus {@code priority} and {@code reasons},
 * highest priority first; or GeoJSON (affected segments as points, the incident's areas as shapes).
 */
public final class IncidentAffectedView {
    public static final List<String> FIELDS;

    static {
        List<String> f = new ArrayList<>(ExposureView.FIELDS);
        f.add("priority");
        f.add("reasons");
        f.add("in_trip");
        FIELDS = List.copyOf(f);
    }

    private IncidentAffectedView() {
    }

    static List<String> reasons(IncidentSegment s, String lang) {
        return s.reasons().stream().map(r -> Texts.pick(r, lang, "")).toList();
    }

    public static void csv(PrintWriter out, List<IncidentSegment> rows) {
        try (Csv csv = new Csv(out, FIELDS)) {
            for (IncidentSegment s : rows) {
                List<Object> values = new ArrayList<>(ExposureView.object(s.segment()).values());
                values.set(ExposureView.FIELDS.indexOf("needs"), Tags.join(s.segment().needs()));
                values.add(s.priority());
                values.add(String.join("; ", reasons(s, "en")));
                values.add(s.inTrip());
                csv.row(values);
            }
        }
    }

    public static void json(PrintWriter out, List<IncidentSegment> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (IncidentSegment s : rows) {
            Map<String, Object> m = ExposureView.object(s.segment());
            m.put("priority", s.priority());
            m.put("reasons", reasons(s, "en"));
            m.put("in_trip", s.inTrip());
            list.add(m);
        }
        Json.print(out, list);
    }

    public static void table(PrintWriter out, List<IncidentSegment> rows, Style style, int width, String lang) {
        if (rows.isEmpty()) {
            out.println("No affected segments.");
            out.flush();
            return;
        }
        Table t = new Table(Table.Column.right("PRIO"), Table.Column.fixed("BOOKING"), Table.Column.left("LEAD"),
                Table.Column.right("PARTY"), Table.Column.left("WHY FIRST"), Table.Column.right("#"),
                Table.Column.fixed("KIND"), Table.Column.left("PLACE"), Table.Column.fixed("REGION"),
                Table.Column.fixed("START"), Table.Column.fixed("END"));
        String last = null;
        List<ExposedSegment> segments = new ArrayList<>();
        for (IncidentSegment s : rows) {
            ExposedSegment x = s.segment();
            segments.add(x);
            boolean first = !x.bookingId().equals(last);
            last = x.bookingId();
            t.row(first ? s.priority() : "", first ? x.bookingId() : "", first ? x.leadName() : "",
                    first ? x.partySize() : "", first ? String.join(", ", reasons(s, lang)) : "", x.seq(),
                    x.kind().code(), x.place(), x.region(), ExposureView.shortTime(x.start()),
                    ExposureView.shortTime(x.end()));
        }
        t.print(out, style, width);
        out.println();
        out.println(style.bold(ExposureView.totals(segments)));
        out.flush();
    }

    /** A FeatureCollection any GIS tool opens: the areas first, then one point per affected segment. */
    public static void geojson(PrintWriter out, Incident incident, List<IncidentSegment> rows) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (String spec : incident.areas()) {
            Area area = AreaSpec.parse(spec);
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode props = Json.mapper().createObjectNode();
            props.put("role", "incident-area");
            props.put("incident", incident.id());
            props.put("area", spec);
            if (area instanceof PolygonArea p) {
                f.set("geometry", readTree(GeoJson.write(p.geometry())));
            } else if (area instanceof CircleArea c) {
                f.set("geometry", circle(c));
                props.put("radius_km", c.radiusKm());
            } else if (area instanceof RegionArea) {
                f.putNull("geometry");
            }
            f.set("properties", props);
        }
        for (IncidentSegment s : rows) {
            ExposedSegment x = s.segment();
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(x.lon()).add(x.lat());
            ObjectNode p = f.putObject("properties");
            p.put("role", "affected-segment");
            p.put("booking_id", x.bookingId());
            p.put("seq", x.seq());
            p.put("kind", x.kind().code());
            p.put("place", x.place());
            p.put("region", x.region());
            p.put("start", x.start());
            p.put("end", x.end());
            p.put("party_size", x.partySize());
            p.put("priority", s.priority());
        }
        Json.print(out, root);
    }

    /** GeoJSON has no circles: a 64-sided polygon on the sphere stands in. */
    static ObjectNode circle(CircleArea c) {
        ObjectNode g = Json.mapper().createObjectNode();
        g.put("type", "Polygon");
        ArrayNode ring = g.putArray("coordinates").addArray();
        double lat1 = Math.toRadians(c.lat());
        double lon1 = Math.toRadians(c.lon());
        double d = c.radiusKm() / io.lifeboat.exposure.GreatCircle.EARTH_RADIUS_KM;
        for (int i = 0; i <= 64; i++) {
            double bearing = 2 * Math.PI * (i % 64) / 64;
            double lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
            double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
                    Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
            ring.addArray().add(round(Math.toDegrees(lon2))).add(round(Math.toDegrees(lat2)));
        }
        return g;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
