package io.lifeboat.realloc;

import java.util.Arrays;

/**
 * The relaxation in which a party may be split: a min-cost flow from parties to suppliers, solved one
 * priority level at a time, highest first, by successive shortest paths with node potentials (Dijkstra
 * backwards from the sink until every party with units to route is settled, then augmenting from each of
 * them along zero-reduced-cost paths). Each party also has an
 * "unplaced" arc to the sink whose cost exceeds any rerouting, so a level places as many units as it can.
 * When a level is done its placed and unplaced amounts are frozen; later levels may reroute its parties
 * between suppliers but never displace them. The result is lexicographically maximal in units placed per
 * level and, for those amounts, of least cost: a bound no unsplit plan can beat.
 */
final class FlowRelaxation {
    private final int n;
    private final int m;
    private final int nodes;
    private final int sink;
    private final int[] tail;
    private final int[] head;
    private final long[] cap;
    private final long[] cost;
    private final int[] adjStart;
    private final int[] adj;
    private final long[] excess;
    private final boolean[] enabled;
    private int[] active = new int[0];
    private final int[] arcPartySink;
    private final long[] pi;
    private final long[] dist;
    private final int[] popped;
    private final int[] dead;
    private final int[] iter;
    private final boolean[] onPath;
    private int stamp;
    private int arcs;
    /** Arc index of each candidate (party → supplier), aligned with {@link Candidates#supplier}. */
    final int[] arcOfCandidate;
    long phases;

    /**
     * @param start    CSR offsets of each party's candidates in {@code supplier} and {@code arcCost}
     * @param supplier the candidate suppliers (indexes into {@code capacity})
     */
    FlowRelaxation(int[] units, int[] capacity, int[] start, int[] supplier, long[] arcCost, long unplacedCost) {
        this.n = units.length;
        this.m = capacity.length;
        this.nodes = n + m + 1;
        this.sink = n + m;
        int total = 2 * (n + supplier.length + m);
        tail = new int[total];
        head = new int[total];
        cap = new long[total];
        cost = new long[total];
        excess = new long[n + m + 2];
        enabled = new boolean[n];
        arcPartySink = new int[n];
        arcOfCandidate = new int[supplier.length];
        for (int p = 0; p < n; p++) {
            arcPartySink[p] = add(p, sink, units[p], unplacedCost);
            for (int k = start[p]; k < start[p + 1]; k++) {
                arcOfCandidate[k] = add(p, n + supplier[k], units[p], arcCost[k]);
            }
        }
        for (int j = 0; j < m; j++) add(n + j, sink, capacity[j], 0);
        int[] degree = new int[nodes + 1];
        for (int e = 0; e < arcs; e++) degree[tail[e] + 1]++;
        for (int v = 0; v < nodes; v++) degree[v + 1] += degree[v];
        adjStart = degree.clone();
        adj = new int[arcs];
        int[] fill = Arrays.copyOf(degree, nodes);
        for (int e = 0; e < arcs; e++) adj[fill[tail[e]]++] = e;
        pi = new long[nodes];
        dist = new long[nodes];
        popped = new int[nodes];
        dead = new int[nodes];
        iter = new int[nodes];
        onPath = new boolean[nodes];
    }

    private int add(int from, int to, long capacity, long c) {
        int e = arcs;
        tail[e] = from;
        head[e] = to;
        cap[e] = capacity;
        cost[e] = c;
        tail[e + 1] = to;
        head[e + 1] = from;
        cap[e + 1] = 0;
        cost[e + 1] = -c;
        arcs += 2;
        return e;
    }

    /** Routes the parties of one level (on top of the frozen higher levels), then freezes them. */
    void solveLevel(int[] parties, int[] units) {
        for (int p : parties) {
            long best = pi[sink] - cost[arcPartySink[p]];
            for (int a = adjStart[p]; a < adjStart[p + 1]; a++) {
                int e = adj[a];
                if ((e & 1) == 0 && head[e] != sink) best = Math.max(best, pi[head[e]] - cost[e]);
            }
            pi[p] = best;
            enabled[p] = true;
            int pt = arcPartySink[p];
            if (adjStart[p + 1] - adjStart[p] == 1) {
                // No candidate at all: the unplaced arc is the only path, and (being tight) a shortest one.
                pi[p] = pi[sink] - cost[pt];
                cap[pt] -= units[p];
                cap[pt ^ 1] += units[p];
            } else {
                excess[p] = units[p];
            }
        }
        active = parties;
        while (shortestPaths()) {
            phases++;
            blockingFlow();
        }

        for (int p : parties) {
            int pt = arcPartySink[p];
            cap[pt] = 0;
            cap[pt ^ 1] = 0;
        }
    }

    /** Units sent over arc e (a candidate arc, party → supplier). */
    long flow(int e) {
        return cap[e ^ 1];
    }

    // ------------------------------------------------------------------ Dijkstra with potentials

    private long[] heapKey = new long[64];
    private int[] heapNode = new int[64];
    private int heapSize;

    /**
     * Dijkstra on reduced costs backwards from the sink, stopped once every party with flow still to route is
     * settled; then potentials drop by each node's distance (capped at the last settled one), which keeps every
     * reduced cost non-negative and makes each such party's shortest paths to the sink tight.
     */
    private boolean shortestPaths() {
        int waiting = 0;
        for (int p : active) if (excess[p] > 0) waiting++;
        if (waiting == 0) return false;
        stamp++;
        Arrays.fill(dist, Long.MAX_VALUE);
        heapSize = 0;
        dist[sink] = 0;
        push(sink, 0);
        long last = 0;
        while (heapSize > 0 && waiting > 0) {
            long d = heapKey[0];
            int v = pop();
            if (popped[v] == stamp || d > dist[v]) continue;
            popped[v] = stamp;
            last = d;
            if (v < n && excess[v] > 0) waiting--;
            for (int a = adjStart[v]; a < adjStart[v + 1]; a++) {
                int back = adj[a] ^ 1;
                if (cap[back] <= 0) continue;
                int u = tail[back];
                if (popped[u] == stamp || (u < n && !enabled[u])) continue;
                long nd = d + cost[back] + pi[u] - pi[v];
                if (nd < dist[u]) {
                    dist[u] = nd;
                    push(u, nd);
                }
            }
        }
        if (waiting > 0) throw new IllegalStateException("a party cannot reach the sink");
        for (int v = 0; v < nodes; v++) {
            pi[v] -= popped[v] == stamp ? dist[v] : last;
        }

        return true;
    }

    private void push(int v, long key) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (heapKey[parent] <= key) break;
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = v;
    }

    private int pop() {
        int top = heapNode[0];
        long key = heapKey[--heapSize];
        int node = heapNode[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) break;
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) child++;
            if (heapKey[child] >= key) break;
            heapKey[i] = heapKey[child];
            heapNode[i] = heapNode[child];
            i = child;
        }
        if (heapSize > 0) {
            heapKey[i] = key;
            heapNode[i] = node;
        }
        return top;
    }

    // ------------------------------------------------------------------ blocking flow on tight arcs

    private int[] pathArcs = new int[64];

    /**
     * From each party with flow still to route, augments along zero-reduced-cost paths to the sink: a depth-first
     * search that never re-enters a node on its path or one already found to be a dead end in this phase.
     */
    private void blockingFlow() {
        int deadStamp = stamp;
        for (int v = 0; v < nodes; v++) iter[v] = adjStart[v];
        for (int start : active) {
            while (excess[start] > 0 && dead[start] != deadStamp) {
                if (!augmentFrom(start, deadStamp)) break;
            }
        }
    }

    private boolean augmentFrom(int start, int deadStamp) {
        int depth = 0;
        int v = start;
        onPath[start] = true;
        while (true) {
            if (v == sink) {
                long delta = excess[start];
                for (int i = 0; i < depth; i++) delta = Math.min(delta, cap[pathArcs[i]]);
                for (int i = 0; i < depth; i++) {
                    cap[pathArcs[i]] -= delta;
                    cap[pathArcs[i] ^ 1] += delta;
                    onPath[head[pathArcs[i]]] = false;
                }
                onPath[start] = false;
                excess[start] -= delta;
                return true;
            }
            int next = -1;
            while (iter[v] < adjStart[v + 1]) {
                int e = adj[iter[v]];
                int w = head[e];
                if (cap[e] > 0 && !onPath[w] && dead[w] != deadStamp && cost[e] + pi[v] - pi[w] == 0) {
                    next = e;
                    break;
                }
                iter[v]++;
            }
            if (next >= 0) {
                if (depth == pathArcs.length) pathArcs = Arrays.copyOf(pathArcs, depth * 2);
                pathArcs[depth++] = next;
                v = head[next];
                onPath[v] = true;
                continue;
            }
            dead[v] = deadStamp;
            onPath[v] = false;
            if (v == start) return false;
            int back = pathArcs[--depth];
            v = tail[back];
            iter[v]++;
        }
    }
}
