package io.lifeboat.notify;

import com.github.mustachejava.Mustache;
import io.lifeboat.incident.Grade;
import io.lifeboat.model.Incident;
import io.lifeboat.model.IncidentSegment;
import io.lifeboat.model.Notification;
import io.lifeboat.model.Supplier;
import io.lifeboat.model.Task;
import io.lifeboat.playbook.Alternative;
import io.lifeboat.playbook.Compensation;
import io.lifeboat.playbook.Notifications;
import io.lifeboat.playbook.Playbook;
import io.lifeboat.playbook.ReallocationRule;
import io.lifeboat.playbook.Template;
import io.lifeboat.playbook.TemplateFactory;
import io.lifeboat.playbook.Texts;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the playbook's templates for an incident: one draft per affected booking per traveler channel that
 * has an address, one per affected supplier, one regulator report. Pure: reads nothing, writes nothing.
 */
public final class DraftComposer {

    /** Everything a draft is made from. {@code stranded} as graded; {@code regulatorAddress} may be null. */
    public record Input(Incident incident, Playbook playbook, List<IncidentSegment> affected,
                        Map<String, Supplier> suppliers, Grade grade, int stranded, List<Task> tasks,
                        String operatorName, String hotline, String regulatorLocale, String regulatorAddress,
                        ZoneOffset defaultOffset, long nowMs) {
    }

    /**
     * The drafts, and who could not be reached: "traveler sms" → bookings without a phone number, and so on.
     * {@code regulatorScope} holds the regulator report's variables (null when the playbook sends none).
     * A draft whose body is null was not rendered: its stored draft stands ({@link Reuse}). {@code inputHashes}
     * holds, by {@link Notification#key()}, the digest of what each traveler draft is rendered from.
     */
    public record Composed(List<Notification> drafts, Map<String, Integer> noAddress, List<String> notes,
                           Map<String, Object> regulatorScope, Map<String, String> inputHashes) {
    }

    /** Whether the stored draft of a key stands, given the digest of the fresh draft's inputs. */
    @FunctionalInterface
    public interface Reuse {
        Reuse NEVER = (key, inputHash) -> false;

        boolean stands(String key, String inputHash);
    }

    private final TemplateFactory factory = new TemplateFactory();
    private final Map<String, Mustache> compiled = new HashMap<>();
    private final Map<String, ZoneOffset> offsets = new HashMap<>();
    private final Map<TimeKey, String> times = new HashMap<>();
    private final Map<String, Map<String, Object>> commons = new HashMap<>();
    private final TextWriter buffer = new TextWriter();
    private final DraftInputs inputs = new DraftInputs();
    private final Map<String, long[]> sharedInputs = new HashMap<>();

    public Composed compose(Input in) {
        return compose(in, Reuse.NEVER);
    }

    /** The drafts, leaving unrendered those whose stored draft stands by {@code reuse}. */
    public Composed compose(Input in, Reuse reuse) {
        Notifications n = in.playbook().notifications();
        List<Notification> drafts = new ArrayList<>();
        Map<String, Integer> noAddress = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        Map<String, List<IncidentSegment>> byBooking = new LinkedHashMap<>();
        Map<String, List<IncidentSegment>> bySupplier = new TreeMap<>();
        for (IncidentSegment s : in.affected()) {
            byBooking.computeIfAbsent(s.segment().bookingId(), k -> new ArrayList<>()).add(s);
            if (s.segment().supplierId() != null) {
                bySupplier.computeIfAbsent(s.segment().supplierId(), k -> new ArrayList<>()).add(s);
            }
        }
        Template traveler = template(n, Notification.TRAVELER, notes);
        if (traveler != null) {
            for (List<IncidentSegment> segs : byBooking.values()) {
                travelerDrafts(in, traveler, segs, drafts, noAddress, reuse, hashes);
            }
        }
        Template supplier = template(n, Notification.SUPPLIER, notes);
        if (supplier != null) {
            for (Map.Entry<String, List<IncidentSegment>> e : bySupplier.entrySet()) {
                supplierDraft(in, supplier, e.getKey(), e.getValue(), drafts, noAddress);
            }
        }
        Template regulator = template(n, Notification.REGULATOR, notes);
        Map<String, Object> regulatorScope = null;
        if (regulator != null) {
            String locale = TemplateLocale.choose(in.regulatorLocale(), regulator.email().keySet());
            regulatorScope = regulatorScope(in, byBooking, locale);
            Template.EmailText t = regulator.email().get(locale);
            drafts.add(draft(in, Notification.REGULATOR, Notification.REGULATOR, Notification.EMAIL,
                    in.regulatorAddress(), locale, in.playbook().notifications().send().get(Notification.REGULATOR),
                    render(t.subject(), regulatorScope), render(t.body(), regulatorScope)));
        }
        return new Composed(drafts, noAddress, notes, regulatorScope, hashes);
    }

    private static Template template(Notifications n, String audience, List<String> notes) {
        String name = n.send().get(audience);
        if (name == null) {
            notes.add("the playbook sends nothing to the " + audience + " audience (notifications.send." + audience
                    + ")");
            return null;
        }
        return n.templates().get(name);
    }

    private void travelerDrafts(Input in, Template t, List<IncidentSegment> segs, List<Notification> out,
                                Map<String, Integer> noAddress, Reuse reuse, Map<String, String> hashes) {
        var first = segs.get(0).segment();
        Object[] scope = null;
        String scopeLocale = null;
        long[] own = null;
        for (String channel : in.playbook().notifications().channels()) {
            String address = Notification.SMS.equals(channel) ? first.phone() : first.email();
            if (address == null || address.isBlank()) {
                noAddress.merge(Notification.TRAVELER + " " + channel, 1, Integer::sum);
                continue;
            }
            boolean sms = Notification.SMS.equals(channel);
            String locale = TemplateLocale.choose(first.locale(), sms ? t.sms().keySet() : t.email().keySet());
            if (locale == null) continue;
            ZoneOffset offset = offset(first.start());
            if (!locale.equals(scopeLocale)) {
                scope = new Object[] {commonOf(in, locale, offset), travelerScope(in, segs, locale)};
                scopeLocale = locale;
                own = inputs.digest(scope[1]);
            }
            String name = in.playbook().notifications().send().get(Notification.TRAVELER);
            String key = Notification.key(Notification.TRAVELER, first.bookingId(), channel);
            String hash = inputs.of(sharedInputs(in, t, name, channel, locale, offset), own, address);
            hashes.put(key, hash);
            if (reuse.stands(key, hash)) {
                out.add(draft(in, Notification.TRAVELER, first.bookingId(), channel, address, locale, name, null, null));
            } else if (sms) {
                out.add(draft(in, Notification.TRAVELER, first.bookingId(), channel, address, locale, name, null,
                        render(t.sms().get(locale), scope).strip()));
            } else {
                Template.EmailText e = t.email().get(locale);
                out.add(draft(in, Notification.TRAVELER, first.bookingId(), channel, address, locale, name,
                        render(e.subject(), scope), render(e.body(), scope)));
            }
        }
    }

    /**
     * The digest of what every traveler draft of one channel, locale and offset shares: the template's text
     * and the incident's variables.
     */
    private long[] sharedInputs(Input in, Template t, String name, String channel, String locale, ZoneOffset offset) {
        return sharedInputs.computeIfAbsent(channel + '|' + locale + '|' + offset.getTotalSeconds(), k -> {
            boolean sms = Notification.SMS.equals(channel);
            Template.EmailText e = sms ? null : t.email().get(locale);
            return inputs.digest(Notification.TRAVELER, name, channel, locale, sms ? t.sms().get(locale) : null,
                    e == null ? null : e.subject(), e == null ? null : e.body(), commonOf(in, locale, offset));
        });
    }

    private void supplierDraft(Input in, Template t, String supplierId, List<IncidentSegment> segs,
                               List<Notification> out, Map<String, Integer> noAddress) {
        Supplier s = in.suppliers().get(supplierId);
        if (s == null || s.email() == null || s.email().isBlank()) {
            noAddress.merge(Notification.SUPPLIER + " " + Notification.EMAIL, 1, Integer::sum);
            return;
        }
        String locale = TemplateLocale.choose(s.locale(), t.email().keySet());
        String family = TemplateLocale.family(locale);
        Map<String, Object> scope = new HashMap<>();
        scope.put("supplier_id", s.supplierId());
        scope.put("supplier_name", s.name());
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Integer> parties = new LinkedHashMap<>();
        for (IncidentSegment x : segs) {
            var seg = x.segment();
            parties.putIfAbsent(seg.bookingId(), seg.partySize());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("booking_id", seg.bookingId());
            item.put("lead_name", seg.leadName());
            item.put("party_size", seg.partySize());
            item.put("kind", Wording.kind(family, seg.kind().code()));
            item.put("place", seg.place());
            item.put("start_local", time(family, seg.startMs(), seg.start()));
            item.put("end_local", time(family, seg.endMs(), seg.end()));
            items.add(item);
        }
        scope.put("bookings", parties.size());
        scope.put("travelers", parties.values().stream().mapToInt(Integer::intValue).sum());
        scope.put("segments", items);
        Template.EmailText e = t.email().get(locale);
        out.add(draft(in, Notification.SUPPLIER, supplierId, Notification.EMAIL, s.email(), locale,
                in.playbook().notifications().send().get(Notification.SUPPLIER),
                render(e.subject(), commonOf(in, locale, offsetOf(segs.get(0))), scope),
                render(e.body(), commonOf(in, locale, offsetOf(segs.get(0))), scope)));
    }

    /** A traveler's own variables; the incident's ({@link #commonOf}) are the scope around them. */
    private Map<String, Object> travelerScope(Input in, List<IncidentSegment> segs, String locale) {
        String family = TemplateLocale.family(locale);
        IncidentSegment head = segs.get(0);
        var first = head.segment();
        Map<String, Object> scope = new HashMap<>();
        scope.put("lead_name", first.leadName());
        scope.put("booking_id", first.bookingId());
        scope.put("party_size", first.partySize());
        scope.put("priority", head.priority());
        List<String> reasons = new ArrayList<>();
        for (Map<String, String> r : head.reasons()) reasons.add(Texts.pick(r, locale, ""));
        scope.put("reasons", String.join(Wording.separator(family), reasons));
        List<Map<String, Object>> items = new ArrayList<>();
        for (IncidentSegment x : segs) {
            var seg = x.segment();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", Wording.kind(family, seg.kind().code()));
            item.put("place", seg.place());
            item.put("region", seg.region());
            item.put("start_local", time(family, seg.startMs(), seg.start()));
            item.put("end_local", time(family, seg.endMs(), seg.end()));
            items.add(item);
        }
        scope.put("segments", items);
        scope.put("first_place", first.place());
        scope.put("first_start_local", time(family, first.startMs(), first.start()));
        Compensation.Offer coupon = coupon(in.playbook());
        scope.put("coupon_amount", coupon == null ? "" : coupon.amount().toPlainString());
        scope.put("coupon_currency", coupon == null ? "" : coupon.currency());
        scope.put("coupon_text", coupon == null ? "" : Texts.pick(coupon.text(), locale, ""));
        scope.put("alternative", alternative(in.playbook(), segs, locale, family));
        scope.put("reply_hint", Wording.replyHint(family));
        return scope;
    }

    private static Compensation.Offer coupon(Playbook pb) {
        if (pb.compensation() == null) return null;
        for (Compensation.Offer o : pb.compensation().offers()) {
            if ("coupon".equals(o.kind())) return o;
        }
        return null;
    }

    /** The prepared alternative for the first lost segment that has one, else the re-housing note, else ours. */
    private static String alternative(Playbook pb, List<IncidentSegment> segs, String locale, String family) {
        for (IncidentSegment s : segs) {
            for (Alternative a : pb.alternatives()) {
                if (a.replaces(s.segment().kind())) return a.text(locale);
            }
        }
        if (pb.reallocation() != null) {
            for (IncidentSegment s : segs) {
                for (ReallocationRule r : pb.reallocation().rules()) {
                    if (r.segmentKind() == s.segment().kind() && !r.note().isEmpty()) {
                        return Texts.pick(r.note(), locale, "");
                    }
                }
            }
        }
        return Wording.noAlternative(family);
    }

    private Map<String, Object> regulatorScope(Input in, Map<String, List<IncidentSegment>> byBooking, String locale) {
        String family = TemplateLocale.family(locale);
        ZoneOffset offset = in.affected().isEmpty() ? in.defaultOffset() : offsetOf(in.affected().get(0));
        Map<String, Object> scope = common(in, locale, offset);
        Incident i = in.incident();
        scope.put("grade", in.grade().id());
        scope.put("grade_name", in.grade().name(locale));
        scope.put("report_due_local", i.reportDueMs() == null ? "" : Wording.fullTime(family, at(i.reportDueMs(), offset)));
        long travelers = 0;
        Map<String, long[]> regions = new TreeMap<>();
        for (List<IncidentSegment> segs : byBooking.values()) {
            var s = segs.get(0).segment();
            travelers += s.partySize();
            long[] r = regions.computeIfAbsent(s.region(), k -> new long[2]);
            r[0]++;
            r[1] += s.partySize();
        }
        Map<String, Integer> kinds = new TreeMap<>();
        for (IncidentSegment s : in.affected()) kinds.merge(s.segment().kind().code(), 1, Integer::sum);
        scope.put("affected_bookings", byBooking.size());
        scope.put("affected_travelers", travelers);
        scope.put("deaths", i.deaths());
        scope.put("injured", i.injured());
        scope.put("stranded", in.stranded());
        List<Map<String, Object>> byRegion = new ArrayList<>();
        regions.forEach((region, c) -> byRegion.add(item("region", region, "bookings", c[0], "travelers", c[1])));
        scope.put("by_region", byRegion);
        List<Map<String, Object>> byKind = new ArrayList<>();
        kinds.forEach((kind, c) -> byKind.add(item("kind", Wording.kind(family, kind), "segments", c)));
        scope.put("by_kind", byKind);
        List<Map<String, Object>> actions = new ArrayList<>();
        actions.add(item("text", Wording.playbookStarted(family, in.playbook().name(locale)) + " ("
                + Wording.fullTime(family, at(i.openedMs(), offset)) + ")"));
        for (Task t : in.tasks()) {
            if (!t.isDone()) continue;
            String text = Texts.pick(t.title(), locale, t.taskId()) + " (" + Wording.fullTime(family, at(t.doneMs(), offset))
                    + (t.note() == null || t.note().isBlank() ? "" : "; " + t.note()) + ")";
            actions.add(item("text", text));
        }
        scope.put("actions", actions);
        var contact = in.playbook().contact();
        scope.put("contact_name", contact == null ? "" : contact.name(locale));
        scope.put("contact_phone", contact == null || contact.phone() == null ? in.hotline() : contact.phone());
        return scope;
    }

    private static Map<String, Object> item(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) m.put((String) kv[k], kv[k + 1]);
        return m;
    }

    /** The incident's variables in a locale and offset, as a copy to add to. */
    private Map<String, Object> common(Input in, String locale, ZoneOffset offset) {
        return new HashMap<>(commonOf(in, locale, offset));
    }

    /** The incident's variables in a locale and offset, shared by every draft: never changed. */
    private Map<String, Object> commonOf(Input in, String locale, ZoneOffset offset) {
        return commons.computeIfAbsent(locale + '|' + offset.getTotalSeconds(), k -> computeCommon(in, locale, offset));
    }

    private Map<String, Object> computeCommon(Input in, String locale, ZoneOffset offset) {
        String family = TemplateLocale.family(locale);
        Incident i = in.incident();
        Map<String, Object> scope = new HashMap<>();
        scope.put("incident_id", i.id());
        scope.put("incident_title", i.title());
        scope.put("hazard", i.title());
        scope.put("playbook_name", in.playbook().name(locale));
        scope.put("operator_name", in.operatorName());
        scope.put("hotline", in.hotline());
        scope.put("window_from_local", i.windowFromMs() == null ? "" : Wording.time(family, at(i.windowFromMs(), offset)));
        scope.put("window_until_local", i.windowUntilMs() == null ? ""
                : Wording.time(family, at(i.windowUntilMs(), offset)));
        scope.put("opened_at_local", Wording.fullTime(family, at(i.openedMs(), offset)));
        return scope;
    }

    private ZoneOffset offsetOf(IncidentSegment s) {
        return offset(s.segment().start());
    }

    /** The offset an ISO-8601 time was written in ("...+08:00", "...Z"), remembered per distinct suffix. */
    private ZoneOffset offset(String iso) {
        String suffix = iso.endsWith("Z") ? "Z" : iso.substring(Math.max(0, iso.length() - 6));
        return offsets.computeIfAbsent(suffix, k -> OffsetDateTime.parse(iso).getOffset());
    }

    /**
     * A segment time as its reader sees it: remembered, since thousands of segments share a few start times.
     * The written time stands in the key for its offset, so that a repeated time costs one lookup.
     */
    private String time(String family, long epochMs, String iso) {
        return times.computeIfAbsent(new TimeKey(family, epochMs, iso),
                k -> Wording.time(family, at(epochMs, offset(iso))));
    }

    /**
     * What a remembered time depends on: the reader's family, the instant and the time as written. Equality and
     * hash are plain field comparisons (they run for every segment time) rather than the generated ones.
     */
    private record TimeKey(String family, long epochMs, String iso) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TimeKey k && k.epochMs == epochMs && k.family.equals(family) && k.iso.equals(iso);
        }

        @Override
        public int hashCode() {
            return (family.hashCode() * 31 + Long.hashCode(epochMs)) * 31 + iso.hashCode();
        }
    }

    private static OffsetDateTime at(long ms, ZoneOffset offset) {
        return Instant.ofEpochMilli(ms).atOffset(offset);
    }

    private Notification draft(Input in, String audience, String recipient, String channel, String address,
                               String locale, String template, String subject, String body) {
        Integer segments = Notification.SMS.equals(channel) && body != null ? SmsSegments.count(body).segments() : null;
        return new Notification(0, in.incident().id(), audience, recipient, channel, address, locale, template,
                subject == null ? null : subject.strip(), body, segments, Notification.DRAFT, false, in.nowMs(),
                in.nowMs(), null, null, null, null, null);
    }

    /** Renders with the given scopes, the last one innermost (its names hide the same names further out). */
    private String render(String text, Object... scopes) {
        Mustache m = compiled.computeIfAbsent(text, t -> factory.compile(t, "template"));
        buffer.text.setLength(0);
        m.execute(buffer, scopes);
        return buffer.text.toString();
    }

    /** Where texts are rendered: one buffer, emptied for each text (StringWriter would lock on every write). */
    private static final class TextWriter extends Writer {
        private final StringBuilder text = new StringBuilder(4096);

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
        }

        @Override
        public void write(String str) {
            text.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public Writer append(CharSequence csq) {
            text.append(csq);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
