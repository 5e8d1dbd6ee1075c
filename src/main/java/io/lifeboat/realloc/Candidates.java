package io.lifeboat.realloc;

import io.lifeboat.exposure.GreatCircle;
import io.lifeboat.model.Demand;
import io.lifeboat.model.SegmentKind;
import io.lifeboat.model.Supplier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which suppliers each party may go to: same kind, every required feature, within {@code max_km}. Found
 * through a grid of supplier positions per kind, so a party looks only at the cells its radius touches
 * instead of at every supplier. Each party's candidates are sorted by unit cost, then distance, then
 * supplier order, which every later step relies on for deterministic choices.
 */
final class Candidates {
    private static final double CELL_DEGREES = 0.5;

    final int parties;
    /** CSR: candidates of party p are {@code start[p] .. start[p+1]-1}. */
    final int[] start;
    final int[] supplier;
    final long[] meters;
    /** Suppliers of the party's kind within its radius, whatever their features. */
    final int[] inRange;
    /** For parties with suppliers in range but no candidate: required features no supplier in range has. */
    final Map<Integer, List<String>> missingFeatures = new HashMap<>();

    private Candidates(int parties, int[] start, int[] supplier, long[] meters, int[] inRange,
                       Map<Integer, List<String>> missing) {
        this.parties = parties;
        this.missingFeatures.putAll(missing);
        this.start = start;
        this.supplier = supplier;
        this.meters = meters;
        this.inRange = inRange;
    }

    int count(int p) {
        return start[p + 1] - start[p];
    }

    static Candidates build(List<Demand> demand, List<Supplier> suppliers, long[] unitCost) {
        int n = demand.size();
        Map<String, Integer> featureIndex = new LinkedHashMap<>();
        for (Demand d : demand) for (String f : d.requires()) featureIndex.putIfAbsent(f, featureIndex.size());
        int words = Math.max(1, (featureIndex.size() + 63) / 64);
        long[][] supplierMask = new long[suppliers.size()][];
        for (int j = 0; j < suppliers.size(); j++) {
            long[] mask = new long[words];
            for (String f : suppliers.get(j).features()) {
                Integer i = featureIndex.get(f);
                if (i != null) mask[i >> 6] |= 1L << (i & 63);
            }
            supplierMask[j] = mask;
        }
        Map<SegmentKind, Grid> grids = new EnumMap<>(SegmentKind.class);
        for (int j = 0; j < suppliers.size(); j++) {
            Supplier s = suppliers.get(j);
            grids.computeIfAbsent(s.kind(), k -> new Grid()).add(j, s.lat(), s.lon());
        }
        double[] latRad = new double[suppliers.size()];
        double[] lonRad = new double[suppliers.size()];
        double[] cosLat = new double[suppliers.size()];
        for (int j = 0; j < suppliers.size(); j++) {
            latRad[j] = Math.toRadians(suppliers.get(j).lat());
            lonRad[j] = Math.toRadians(suppliers.get(j).lon());
            cosLat[j] = Math.cos(latRad[j]);
        }
        int[] start = new int[n + 1];
        int[] inRange = new int[n];
        int[] sup = new int[Math.max(16, n * 8)];
        long[] met = new long[sup.length];
        int size = 0;
        IntBuffer found = new IntBuffer();
        Map<Integer, List<String>> missingByParty = new HashMap<>();
        long[] want = new long[words];
        for (int p = 0; p < n; p++) {
            start[p] = size;
            Demand d = demand.get(p);
            Grid g = grids.get(d.kind());
            if (g == null) continue;
            Arrays.fill(want, 0);
            for (String f : d.requires()) {
                int i = featureIndex.get(f);
                want[i >> 6] |= 1L << (i & 63);
            }
            found.size = 0;
            g.near(d.lat(), d.lon(), d.maxKm(), found);
            int from = size;
            long[] have = new long[words];
            double pLat = Math.toRadians(d.lat());
            double pLon = Math.toRadians(d.lon());
            double pCos = Math.cos(pLat);
            // haversine: within max_km when a <= sin²(max_km / 2R); the distance itself only for those
            double half = Math.sin(Math.min(Math.PI / 2, d.maxKm() / (2 * GreatCircle.EARTH_RADIUS_KM)));
            double limit = d.maxKm() >= Math.PI * GreatCircle.EARTH_RADIUS_KM ? 1 : half * half;
            for (int f = 0; f < found.size; f++) {
                int j = found.values[f];
                double sp = Math.sin((latRad[j] - pLat) / 2);
                double sl = Math.sin((lonRad[j] - pLon) / 2);
                double a = sp * sp + pCos * cosLat[j] * sl * sl;
                if (a > limit) continue;
                double km = 2 * GreatCircle.EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
                if (km > d.maxKm()) continue;
                inRange[p]++;
                long[] mask = supplierMask[j];
                boolean ok = true;
                for (int w = 0; w < words; w++) {
                    have[w] |= mask[w];
                    if ((mask[w] & want[w]) != want[w]) ok = false;
                }
                if (!ok) continue;
                if (size == sup.length) {
                    sup = Arrays.copyOf(sup, sup.length * 2);
                    met = Arrays.copyOf(met, met.length * 2);
                }
                sup[size] = j;
                met[size] = Math.round(km * 1000);
                size++;
            }
            sort(sup, met, from, size, unitCost);
            if (size == from && inRange[p] > 0) {
                List<String> missing = new ArrayList<>();
                for (String f : d.requires()) {
                    int i = featureIndex.get(f);
                    if ((have[i >> 6] & (1L << (i & 63))) == 0) missing.add(f);
                }
                missingByParty.put(p, missing);
            }
        }
        start[n] = size;
        return new Candidates(n, start, Arrays.copyOf(sup, size), Arrays.copyOf(met, size), inRange, missingByParty);
    }

    /** Insertion sort by (unit cost, meters, supplier): candidate lists are short. */
    private static void sort(int[] sup, long[] met, int from, int to, long[] unitCost) {
        for (int i = from + 1; i < to; i++) {
            int s = sup[i];
            long m = met[i];
            int k = i - 1;
            while (k >= from && before(s, m, sup[k], met[k], unitCost)) {
                sup[k + 1] = sup[k];
                met[k + 1] = met[k];
                k--;
            }
            sup[k + 1] = s;
            met[k + 1] = m;
        }
    }

    private static boolean before(int s, long m, int s2, long m2, long[] unitCost) {
        if (unitCost[s] != unitCost[s2]) return unitCost[s] < unitCost[s2];
        if (m != m2) return m < m2;
        return s < s2;
    }

    /** A growable list of ints without boxing. */
    private static final class IntBuffer {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }
    }

    /** Supplier positions of one kind in cells of {@value #CELL_DEGREES} degrees. */
    private static final class Grid {
        private final Map<Long, int[]> cells = new HashMap<>();
        private final Map<Long, Integer> sizes = new HashMap<>();

        void add(int j, double lat, double lon) {
            long key = key(cell(lat), cell(lon));
            int[] list = cells.get(key);
            int size = sizes.getOrDefault(key, 0);
            if (list == null) list = new int[4];
            else if (size == list.length) list = Arrays.copyOf(list, size * 2);
            list[size] = j;
            cells.put(key, list);
            sizes.put(key, size + 1);
        }

        void near(double lat, double lon, double km, IntBuffer out) {
            io.lifeboat.exposure.BoundingBox box = GreatCircle.around(lat, lon, km);
            int lat0 = cell(Math.max(-90, box.minLat()));
            int lat1 = cell(Math.min(90, box.maxLat()));
            int lon0 = cell(box.minLon());
            int lon1 = cell(box.maxLon());
            long cellsToScan = (long) (lat1 - lat0 + 1) * (lon1 - lon0 + 1);
            if (cellsToScan > cells.size()) {
                List<Long> keys = new ArrayList<>(cells.keySet());
                keys.sort(null);
                for (long k : keys) {
                    int la = (int) (k >> 32);
                    if (la < lat0 || la > lat1) continue;
                    int lo = (int) k;
                    if (lo < lon0 || lo > lon1) continue;
                    addCell(k, out);
                }
                return;
            }
            for (int la = lat0; la <= lat1; la++) {
                for (int lo = lon0; lo <= lon1; lo++) addCell(key(la, lo), out);
            }
        }

        private void addCell(long key, IntBuffer out) {
            int[] list = cells.get(key);
            if (list == null) return;
            int size = sizes.get(key);
            for (int i = 0; i < size; i++) out.add(list[i]);
        }

        private static int cell(double deg) {
            return (int) Math.floor(deg / CELL_DEGREES);
        }

        private static long key(int la, int lo) {
            return ((long) la << 32) | (lo & 0xffffffffL);
        }
    }
}
