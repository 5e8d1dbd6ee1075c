package io.lifeboat.demo;

import io.lifeboat.common.ProgressListener;
import io.lifeboat.model.SegmentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the sample agency as the three CSV files of the contract. Deterministic: the same seed,
 * start date and size always give byte-identical files. Fast enough for benchmarks (a million
 * bookings in seconds): no parsing, no library calls per row, one buffered writer per file.
 */
public final class DemoGenerator {

    /** What to generate: how many bookings, the seed, and the first day of the sales horizon. */
    public record Options(int bookings, long seed, LocalDate start, int horizonDays) {
        public Options {
            if (bookings < 1) throw new IllegalArgumentException("bookings must be at least 1");
            if (horizonDays < 1) throw new IllegalArgumentException("horizon must be at least 1 day");
        }
    }

    /** The files written and their row counts. */
    public record Result(Path bookings, Path segments, Path suppliers, long bookingRows, long segmentRows,
                         long supplierRows) {
    }

    /** Trips already under way on the start date, so that in-trip and upcoming travelers both appear. */
    static final int DAYS_BEFORE_START = 6;

    private final Map<String, List<SupplierRow>> hotelsByCity = new HashMap<>();
    private final Map<String, String> coachByCity = new HashMap<>();
    private final Map<String, String> activityByCity = new HashMap<>();
    private final Map<String, String> tourByCity = new HashMap<>();

    public Result write(Path dir, Options o, ProgressListener progress) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path suppliers = dir.resolve("suppliers.csv");
        Path bookings = dir.resolve("bookings.csv");
        Path segments = dir.resolve("segments.csv");
        long supplierRows = writeSuppliers(suppliers, new SplittableRandom(o.seed() ^ 0x5EED5EEDL));
        long[] counts = writeBookings(bookings, segments, o, progress);
        return new Result(bookings, segments, suppliers, counts[0], counts[1], supplierRows);
    }

    // ---------------------------------------------------------------- suppliers

    record SupplierRow(String id, double lat, double lon) {
    }

    private static final String[] HOTEL_STYLES = {"Harbour Hotel", "Garden Hotel", "Grand Hotel", "Bay Resort",
        "Business Inn", "Heritage Hotel", "Riverside Suites", "Skyline Hotel"};

    private long writeSuppliers(Path file, SplittableRandom r) {
        List<String[]> w = new ArrayList<>();
        {
            for (Place city : World.supplied()) {
                double price = basePrice(city);
                List<SupplierRow> hotels = new ArrayList<>();
                for (int i = 1; i <= 7; i++) {
                    boolean standby = i > 4;
                    String id = "H-" + city.id() + "-" + two(i);
                    double lat = city.lat() + (r.nextDouble() - 0.5) * 0.08;
                    double lon = city.lon() + (r.nextDouble() - 0.5) * 0.08;
                    String features = features(r, standby ? 0.8 : 0.55, 0.5, standby && i == 5 ? 1.0 : standby ? 0.2 : 0.05);
                    supplier(w, id, city.nameEn() + " " + HOTEL_STYLES[(i + city.id().length()) % HOTEL_STYLES.length],
                            SegmentKind.HOTEL, city, lat, lon, (standby ? 60 : 120) + r.nextInt(standby ? 140 : 280),
                            money(price * (0.7 + r.nextDouble() * 0.9)), standby, features, r);
                    if (!standby) hotels.add(new SupplierRow(id, lat, lon));
                }
                hotelsByCity.put(city.id(), hotels);
                for (int i = 1; i <= 4; i++) {
                    boolean standby = i > 2;
                    String id = "C-" + city.id() + "-" + two(i);
                    supplier(w, id, city.nameEn() + (standby ? " Standby Coaches " + (i - 2) : " Coach Lines " + i),
                            SegmentKind.COACH, city, city.lat() + 0.01 * i, city.lon() - 0.01 * i,
                            150 + r.nextInt(450), money(60 + r.nextDouble() * 120), standby,
                            features(r, 0.45, 0.3, 0), r);
                    if (i == 1) coachByCity.put(city.id(), id);
                }
                String act = "A-" + city.id() + "-01";
                supplier(w, act, city.nameEn() + " Cultural Day Tours", SegmentKind.ACTIVITY, city,
                        city.lat() - 0.01, city.lon() + 0.01, 80 + r.nextInt(220), money(180 + r.nextDouble() * 300),
                        true, features(r, 0.6, 0.8, 0.1), r);
                activityByCity.put(city.id(), act);
                String tour = "T-" + city.id() + "-01";
                supplier(w, tour, city.nameEn() + " Guided Tours", SegmentKind.TOUR, city, city.lat() + 0.02,
                        city.lon() + 0.02, 200 + r.nextInt(300), money(200 + r.nextDouble() * 400), false,
                        features(r, 0.5, 0.6, 0), r);
                tourByCity.put(city.id(), tour);
            }
            Place hk = World.PLACES.get("HKG");
            Place xm = World.PLACES.get("XMN");
            Place sy = World.PLACES.get("SYX");
            supplier(w, "CR-01", "South China Sea Cruises", SegmentKind.CRUISE, hk, 22.3050, 114.2140, 2400,
                    money(1450), false, "wheelchair;family;medical-staff", r);
            supplier(w, "CR-02", "Ryukyu Star Cruises", SegmentKind.CRUISE, xm, 24.4560, 118.0700, 1800,
                    money(1280), false, "family;medical-staff", r);
            supplier(w, "CR-03", "Hainan Blue Cruises", SegmentKind.CRUISE, sy, 18.2420, 109.5000, 1200,
                    money(990), false, "family;medical-staff", r);
            Place gz = World.PLACES.get("GZ");
            supplier(w, "F-01", "Southern Coast Airlines", SegmentKind.FLIGHT, gz, 23.3924, 113.2988, 5000,
                    money(980), false, "wheelchair", r);
            supplier(w, "F-02", "Pearl Air", SegmentKind.FLIGHT, hk, 22.3080, 113.9185, 3000, money(1350), false,
                    "wheelchair", r);
            supplier(w, "R-01", "Guangzhou Railway Group", SegmentKind.TRAIN, gz, 23.1490, 113.2590, 20000,
                    money(320), false, "wheelchair", r);
        }
        // Written in key order, as 'lifeboat export suppliers' writes them, so the file round-trips byte for byte.
        w.sort((a, b) -> a[0].compareTo(b[0]));
        try (CsvLineWriter out = new CsvLineWriter(file, "supplier_id,name,kind,region,lat,lon,capacity,unit_cost,"
                + "currency,agreement,phone,email,locale,features")) {
            for (String[] row : w) {
                for (String f : row) out.field(f);
                out.end();
            }
            return out.rows();
        }
    }

    private static void supplier(List<String[]> w, String id, String name, SegmentKind kind, Place city, double lat,
                                 double lon, int capacity, String cost, boolean standby, String features,
                                 SplittableRandom r) {
        World.Origin origin = originFor(city);
        w.add(new String[] {id, name, kind.code(), city.region(), coord(lat), coord(lon), Integer.toString(capacity),
            cost, "CNY", standby ? "standby" : "primary", phone(origin, r),
            "reservations@" + id.toLowerCase(Locale.ROOT) + ".example.com", origin.locale(), features});
    }

    private static World.Origin originFor(Place city) {
        String region = city.region();
        String locale = region.startsWith("HK") || region.startsWith("MO") ? "zh-HK"
                : region.startsWith("TW") ? "zh-TW" : region.startsWith("JP") ? "ja" : "zh-CN";
        for (World.Origin o : World.ORIGINS) {
            if (o.locale().equals(locale)) return o;
        }
        return World.ORIGINS.get(0);
    }

    private static double basePrice(Place city) {
        return switch (city.region().substring(0, 2)) {
            case "HK", "MO" -> 1100;
            case "JP" -> 950;
            case "TW" -> 800;
            default -> city.region().startsWith("CN-HI") ? 760 : 520;
        };
    }

    private static String features(SplittableRandom r, double wheelchair, double family, double medical) {
        StringBuilder sb = new StringBuilder();
        if (r.nextDouble() < wheelchair) sb.append("wheelchair");
        if (r.nextDouble() < family) sb.append(sb.length() > 0 ? ";" : "").append("family");
        if (r.nextDouble() < medical) sb.append(sb.length() > 0 ? ";" : "").append("medical-staff");
        return sb.toString();
    }

    // ---------------------------------------------------------------- bookings and segments

    private long[] writeBookings(Path bookingFile, Path segmentFile, Options o, ProgressListener progress) {
        SplittableRandom r = new SplittableRandom(o.seed());
        int idWidth = Math.max(6, Integer.toString(o.bookings()).length());
        int totalWeight = World.ITINERARIES.stream().mapToInt(Itinerary::weight).sum();
        int originWeight = World.ORIGINS.stream().mapToInt(World.Origin::weight).sum();
        List<Place> supplied = World.supplied();
        Times times = new Times(o.start());
        progress.start("generate", o.bookings());
        try (CsvLineWriter b = new CsvLineWriter(bookingFile, "booking_id,lead_name,party_size,phone,email,locale,tier,needs,status");
             CsvLineWriter s = new CsvLineWriter(segmentFile, "booking_id,seq,kind,supplier_id,place,region,lat,lon,start,end")) {
            for (int n = 1; n <= o.bookings(); n++) {
                String id = "BK" + pad(n, idWidth);
                World.Origin origin = pickOrigin(r, originWeight);
                String[] name = name(origin, r);
                String needs = needs(r);
                int party = partySize(r, needs);
                b.field(id).field(name[0]).field(party)
                        .field(r.nextDouble() < 0.03 ? "" : phone(origin, r))
                        .field(r.nextDouble() < 0.2 ? "" : name[1] + (10 + r.nextInt(990)) + "@" + origin.domain())
                        .field(origin.locale()).field(r.nextDouble() < 0.07 ? "vip" : "standard").field(needs)
                        .field(r.nextDouble() < 0.04 ? "cancelled" : "confirmed").end();
                int day = r.nextInt(o.horizonDays() + DAYS_BEFORE_START) - DAYS_BEFORE_START;
                double product = r.nextDouble();
                if (product < 0.36) {
                    hotelOnly(s, id, supplied.get(r.nextInt(supplied.size())), day, r, times);
                } else if (product < 0.58) {
                    flightHotel(s, id, supplied.get(r.nextInt(supplied.size())), day, r, times);
                } else if (product < 0.68) {
                    dayTrip(s, id, supplied.get(r.nextInt(supplied.size())), day, r, times);
                } else {
                    Itinerary it = pickItinerary(r, totalWeight);
                    if (it.cruise()) day = nextDeparture(o.start(), day, it);
                    String line = it.cruise() ? cruiseLine(it) : null;
                    int seq = 1;
                    for (Leg leg : it.legs()) segment(s, id, seq++, leg, day, r, times, line);
                }
                if ((n & 0xFFFF) == 0) progress.advanceTo(n);
            }
            progress.finish();
            return new long[] {b.rows(), s.rows()};
        }
    }

    private void hotelOnly(CsvLineWriter s, String id, Place city, int day, SplittableRandom r, Times t) {
        int nights = 1 + r.nextInt(4);
        segment(s, id, 1, new Leg(SegmentKind.HOTEL, city.id(), 0, 15, nights * 24 - 3, null), day, r, t);
    }

    private void flightHotel(CsvLineWriter s, String id, Place city, int day, SplittableRandom r, Times t) {
        int nights = 2 + r.nextInt(4);
        double out = 7 + r.nextInt(6);
        segment(s, id, 1, new Leg(SegmentKind.FLIGHT, city.id(), 0, out, 2 + r.nextInt(3),
                "Flight to " + city.nameEn()), day, r, t);
        segment(s, id, 2, new Leg(SegmentKind.HOTEL, city.id(), 0, 15, nights * 24 - 3, null), day, r, t);
        segment(s, id, 3, new Leg(SegmentKind.FLIGHT, city.id(), nights, 14 + r.nextInt(5), 2 + r.nextInt(3),
                "Flight home from " + city.nameEn()), day, r, t);
    }

    private void dayTrip(CsvLineWriter s, String id, Place city, int day, SplittableRandom r, Times t) {
        boolean activity = r.nextBoolean();
        segment(s, id, 1, new Leg(activity ? SegmentKind.ACTIVITY : SegmentKind.TOUR, city.id(), 0, 9, 7,
                city.nameEn() + (activity ? " cultural day" : " city highlights tour")), day, r, t);
    }

    private void segment(CsvLineWriter s, String bookingId, int seq, Leg leg, int tripDay, SplittableRandom r,
                         Times t) {
        segment(s, bookingId, seq, leg, tripDay, r, t, null);
    }

    private void segment(CsvLineWriter s, String bookingId, int seq, Leg leg, int tripDay, SplittableRandom r,
                         Times t, String cruiseLine) {
        Place place = World.PLACES.get(leg.place());
        String supplier;
        String label = leg.label();
        double lat = place.lat();
        double lon = place.lon();
        switch (leg.kind()) {
            case HOTEL -> {
                List<SupplierRow> hotels = hotelsByCity.get(place.id());
                SupplierRow h = hotels.get(r.nextInt(hotels.size()));
                supplier = h.id();
                lat = h.lat();
                lon = h.lon();
                if (label == null) label = place.nameEn() + " hotel stay";
            }
            case COACH -> supplier = coachByCity.getOrDefault(place.id(), coachByCity.get("XMN"));
            case ACTIVITY -> supplier = activityByCity.getOrDefault(place.id(), activityByCity.get("XMN"));
            case TOUR -> supplier = tourByCity.getOrDefault(place.id(), tourByCity.get("XMN"));
            case CRUISE -> supplier = cruiseLine;
            case FLIGHT -> supplier = place.region().startsWith("HK") || place.region().startsWith("MO") ? "F-02" : "F-01";
            default -> supplier = "R-01";
        }
        int startMinute = (int) Math.round(leg.hour() * 60);
        int lengthMinutes = (int) Math.round(leg.hours() * 60);
        s.field(bookingId).field(seq).field(leg.kind().code()).field(supplier).field(label).field(place.region())
                .field(coord(lat)).field(coord(lon))
                .field(t.at(tripDay + leg.day(), startMinute, place.offset()))
                .field(t.at(tripDay + leg.day(), startMinute + lengthMinutes, place.offset())).end();
    }

    /** A voyage is sailed by the line based at its home port. */
    private static String cruiseLine(Itinerary it) {
        return switch (it.legs().get(0).place()) {
            case "XMN" -> "CR-02";
            case "SYX" -> "CR-03";
            default -> "CR-01";
        };
    }

    /** Cruises sail on fixed weekdays: the voyage a booking is on is the first departure on or after its day. */
    private static int nextDeparture(LocalDate start, int day, Itinerary it) {
        DayOfWeek[] sailings = it.legs().get(0).place().equals("HKG")
                ? new DayOfWeek[] {DayOfWeek.SUNDAY, DayOfWeek.THURSDAY}
                : new DayOfWeek[] {DayOfWeek.SATURDAY};
        for (int d = day; ; d++) {
            DayOfWeek w = start.plusDays(d).getDayOfWeek();
            for (DayOfWeek s : sailings) {
                if (s == w) return d;
            }
        }
    }

    private static World.Origin pickOrigin(SplittableRandom r, int total) {
        int x = r.nextInt(total);
        for (World.Origin o : World.ORIGINS) {
            x -= o.weight();
            if (x < 0) return o;
        }
        return World.ORIGINS.get(0);
    }

    private static Itinerary pickItinerary(SplittableRandom r, int total) {
        int x = r.nextInt(total);
        for (Itinerary it : World.ITINERARIES) {
            x -= it.weight();
            if (x < 0) return it;
        }
        return World.ITINERARIES.get(0);
    }

    /** [display name, e-mail local part]. */
    private static String[] name(World.Origin o, SplittableRandom r) {
        switch (o.locale()) {
            case "zh-CN" -> {
                String[] s = World.CN_SURNAMES[r.nextInt(World.CN_SURNAMES.length)];
                String[] g = World.CN_GIVEN[r.nextInt(World.CN_GIVEN.length)];
                return new String[] {s[0] + g[0], s[1] + "." + g[1]};
            }
            case "zh-HK" -> {
                String[] n = World.HK_NAMES[r.nextInt(World.HK_NAMES.length)];
                return new String[] {n[0], n[1]};
            }
            case "zh-TW" -> {
                String[] n = World.TW_NAMES[r.nextInt(World.TW_NAMES.length)];
                return new String[] {n[0], n[1]};
            }
            case "ja" -> {
                String[] s = World.JA_SURNAMES[r.nextInt(World.JA_SURNAMES.length)];
                String[] g = World.JA_GIVEN[r.nextInt(World.JA_GIVEN.length)];
                return new String[] {s[0] + " " + g[0], g[1] + "." + s[1]};
            }
            default -> {
                String f = World.EN_FIRST[r.nextInt(World.EN_FIRST.length)];
                String l = World.EN_LAST[r.nextInt(World.EN_LAST.length)];
                return new String[] {f + " " + l, (f + "." + l.replace("'", "")).toLowerCase(Locale.ROOT)};
            }
        }
    }

    private static String needs(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < World.NEEDS.length; i++) {
            if (r.nextDouble() < World.NEED_RATE[i]) {
                if (sb.length() > 0) sb.append(';');
                sb.append(World.NEEDS[i]);
            }
        }
        return sb.toString();
    }

    private static int partySize(SplittableRandom r, String needs) {
        double x = r.nextDouble();
        int n = x < 0.15 ? 1 : x < 0.60 ? 2 : x < 0.75 ? 3 : x < 0.90 ? 4 : 5 + r.nextInt(2);
        if (needs.contains("infant") && n < 2) n = 2;
        return n;
    }

    static String phone(World.Origin o, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(16).append(o.phonePrefix()).append(o.next()[r.nextInt(o.next().length)]);
        for (int i = 0; i < o.restDigits(); i++) sb.append((char) ('0' + r.nextInt(10)));
        return sb.toString();
    }

    private static String money(double amount) {
        long cents = Math.round(amount) * 100;
        return (cents / 100) + ".00";
    }

    /**
     * Five decimals at most (about a metre), trailing zeros dropped as the exporter writes them; built
     * without String.format because millions of rows go through here.
     */
    static String coord(double d) {
        long v = Math.round(d * 100_000);
        StringBuilder sb = new StringBuilder(12);
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        sb.append(v / 100_000);
        long frac = v % 100_000;
        if (frac == 0) return sb.toString();
        String digits = Long.toString(frac);
        sb.append('.');
        for (int i = digits.length(); i < 5; i++) sb.append('0');
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') end--;
        return sb.append(digits, 0, end).toString();
    }

    private static String two(int i) {
        return i < 10 ? "0" + i : Integer.toString(i);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    /** Formats local times fast: dates are cached, times built from minutes. */
    static final class Times {
        private final LocalDate start;
        private final Map<Integer, String> dates = new HashMap<>();

        Times(LocalDate start) {
            this.start = start;
        }

        String at(int day, int minute, String offset) {
            int d = day + Math.floorDiv(minute, 1440);
            int m = Math.floorMod(minute, 1440);
            String date = dates.computeIfAbsent(d, k -> start.plusDays(k).toString());
            StringBuilder sb = new StringBuilder(25).append(date).append('T');
            int h = m / 60;
            int mm = m % 60;
            if (h < 10) sb.append('0');
            sb.append(h).append(':');
            if (mm < 10) sb.append('0');
            return sb.append(mm).append(":00").append(offset).toString();
        }
    }
}
