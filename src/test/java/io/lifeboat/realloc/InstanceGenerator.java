package io.lifeboat.realloc;

import io.lifeboat.model.Demand;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Supplier;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded reallocation instances: parties clustered around stranded-traveler hot spots on the South China coast,
 * suppliers (hotels, coaches, activities) around the same spots with features, standby and primary prices.
 * Used by the tests and, through {@link #main}, by bench/realloc.sh to write the two CSV files.
 */
public final class InstanceGenerator {
    static final List<String> FEATURES = List.of("wheelchair", "family", "medical-staff");
    static final SegmentKind[] KINDS = {SegmentKind.HOTEL, SegmentKind.HOTEL, SegmentKind.HOTEL, SegmentKind.COACH,
        SegmentKind.ACTIVITY};

    public record Instance(List<Demand> demand, List<Supplier> suppliers) {
    }

    /** A realistic large instance: total capacity about {@code tightness} × demand per kind. */
    public static Instance large(int parties, int suppliers, long seed, double tightness) {
        Random r = new Random(seed);
        int spots = Math.max(4, suppliers / 25);
        double[][] hub = new double[spots][];
        for (int i = 0; i < spots; i++) hub[i] = new double[] {20.5 + r.nextDouble() * 5, 108 + r.nextDouble() * 12};
        List<Demand> demand = new ArrayList<>(parties);
        long[] unitsByKind = new long[SegmentKind.values().length];
        for (int p = 0; p < parties; p++) {
            double[] h = hub[r.nextInt(spots)];
            SegmentKind kind = KINDS[r.nextInt(KINDS.length)];
            int units = 1 + (int) Math.min(7, Math.abs(r.nextGaussian() * 2));
            List<String> requires = new ArrayList<>();
            double roll = r.nextDouble();
            if (roll < 0.05) requires.add("wheelchair");
            if (roll > 0.93) requires.add("family");
            if (roll > 0.985) requires.add("medical-staff");
            int priority = roll < 0.05 || roll > 0.985 ? 100 : r.nextDouble() < 0.1 ? 60 : r.nextDouble() < 0.5 ? 20 : 10;
            double maxKm = kind == SegmentKind.HOTEL ? 10 + r.nextInt(3) * 10 : 30;
            demand.add(new Demand("B" + p, units, kind, round(h[0] + r.nextGaussian() * 0.12),
                    round(h[1] + r.nextGaussian() * 0.12), priority, requires, maxKm));
            unitsByKind[kind.ordinal()] += units;
        }
        int[] suppliersByKind = new int[SegmentKind.values().length];
        for (int j = 0; j < suppliers; j++) suppliersByKind[KINDS[j % KINDS.length].ordinal()]++;
        List<Supplier> list = new ArrayList<>(suppliers);
        for (int j = 0; j < suppliers; j++) {
            double[] h = hub[r.nextInt(spots)];
            SegmentKind kind = KINDS[j % KINDS.length];
            double mean = tightness * unitsByKind[kind.ordinal()] / Math.max(1, suppliersByKind[kind.ordinal()]);
            int capacity = (int) Math.max(1, Math.round(mean * (0.5 + r.nextDouble())));
            List<String> features = new ArrayList<>();
            for (String f : FEATURES) if (r.nextDouble() < 0.4) features.add(f);
            boolean standby = r.nextDouble() < 0.4;
            int base = kind == SegmentKind.HOTEL ? 300 : kind == SegmentKind.COACH ? 60 : 150;
            BigDecimal cost = BigDecimal.valueOf(Math.round(base * (0.6 + r.nextDouble() * 1.2) * 100), 2);
            list.add(new Supplier("S" + j, "Supplier " + j, kind, "CN-GD", round(h[0] + r.nextGaussian() * 0.1),
                    round(h[1] + r.nextGaussian() * 0.1), capacity, cost, "CNY", standby ? "standby" : "primary",
                    null, null, "zh-CN", features));
        }
        return new Instance(demand, list);
    }

    /** A small instance for exhaustive checks: few parties, suppliers, kinds and features; tight capacity. */
    public static Instance small(Random r) {
        int parties = 1 + r.nextInt(8);
        int suppliers = 1 + r.nextInt(4);
        List<Demand> demand = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            List<String> requires = new ArrayList<>();
            for (String f : FEATURES.subList(0, 2)) if (r.nextDouble() < 0.25) requires.add(f);
            demand.add(new Demand("P" + p, 1 + r.nextInt(4), r.nextDouble() < 0.8 ? SegmentKind.HOTEL : SegmentKind.COACH,
                    round(22 + r.nextDouble() * 0.2), round(114 + r.nextDouble() * 0.2), r.nextInt(3) * 10, requires,
                    5 + r.nextInt(25)));
        }
        List<Supplier> list = new ArrayList<>();
        for (int j = 0; j < suppliers; j++) {
            List<String> features = new ArrayList<>();
            for (String f : FEATURES.subList(0, 2)) if (r.nextDouble() < 0.5) features.add(f);
            list.add(new Supplier("S" + j, "Supplier " + j, r.nextDouble() < 0.85 ? SegmentKind.HOTEL : SegmentKind.COACH,
                    "CN-GD", round(22 + r.nextDouble() * 0.2), round(114 + r.nextDouble() * 0.2), r.nextInt(9),
                    BigDecimal.valueOf(100 + r.nextInt(5) * 50L), "CNY", "standby", null, null, "zh-CN", features));
        }
        return new Instance(demand, list);
    }

    private static double round(double d) {
        return Math.round(d * 1e5) / 1e5;
    }

    /** Writes demand.csv and suppliers.csv: {@code InstanceGenerator DIR PARTIES SUPPLIERS SEED [TIGHTNESS]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Instance in = large(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]),
                args.length > 4 ? Double.parseDouble(args[4]) : 1.0);
        Files.createDirectories(dir);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("demand.csv"), StandardCharsets.UTF_8))) {
            w.print("booking_id,units,kind,lat,lon,priority,requires,max_km\r\n");
            for (Demand d : in.demand()) {
                w.print(d.bookingId() + "," + d.units() + "," + d.kind().code() + "," + d.lat() + "," + d.lon() + ","
                        + d.priority() + "," + String.join(";", d.requires()) + "," + d.maxKm() + "\r\n");
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("suppliers.csv"), StandardCharsets.UTF_8))) {
            w.print("supplier_id,name,kind,region,lat,lon,capacity,unit_cost,currency,agreement,phone,email,locale,features\r\n");
            int i = 0;
            for (Supplier s : in.suppliers()) {
                String phone = "+8613" + String.format("%09d", 800000000 + i++);
                w.print(s.supplierId() + "," + s.name() + "," + s.kind().code() + "," + s.region() + "," + s.lat() + ","
                        + s.lon() + "," + s.capacity() + "," + s.unitCost().toPlainString() + "," + s.currency() + ","
                        + s.agreement() + "," + phone + ",desk@" + s.supplierId().toLowerCase() + ".example.com,"
                        + s.locale() + "," + String.join(";", s.features()) + "\r\n");
            }
        }
    }
}
