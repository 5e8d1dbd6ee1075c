package io.lifeboat.playbook;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where playbooks are found: the shipped ones inside the jar, and user folders (in the order given, the
 * first definition of an id wins, like PATH). A user playbook with a shipped id overrides the shipped one.
 * The folders are arguments: the command line reads them from {@code $LIFEBOAT_PLAYBOOKS}, domain code never
 * reads the environment.
 */
public final class PlaybookCatalog {
    /** The {@code source} prefix of shipped playbooks: {@code shipped:typhoon}. */
    public static final String SHIPPED = "shipped:";

    private final List<Path> folders;

    public PlaybookCatalog(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The shipped playbooks only. */
    public static PlaybookCatalog shippedOnly() {
        return new PlaybookCatalog(List.of());
    }

    /** Splits a {@code :}-separated folder list such as {@code $LIFEBOAT_PLAYBOOKS}; empty parts are skipped. */
    public static List<Path> folders(String list) {
        List<Path> out = new ArrayList<>();
        if (list == null) return out;
        for (String part : list.split(":")) {
            if (!part.isBlank()) out.add(Path.of(part.strip()));
        }
        return out;
    }

    /** Every playbook by id, with the user files that did not load and warnings about the folders. */
    public CatalogListing list() {
        Map<String, CatalogEntry> byId = new TreeMap<>();
        List<LoadResult> invalid = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (LoadResult r : ShippedPlaybooks.all()) {
            if (r.ok()) {
                byId.put(r.playbook().id(), new CatalogEntry(r.playbook(), null));
            } else {
                invalid.add(r);
            }
        }
        // In folder order the first file with an id claims it, even when it does not load: a broken
        // override makes the playbook unavailable rather than quietly falling back to the shipped one.
        Map<String, String> claimed = new LinkedHashMap<>();
        for (LoadResult r : userResults(warnings)) {
            if (!r.ok()) invalid.add(r);
            String id = r.ok() ? r.playbook().id() : r.id();
            if (id == null) continue;
            String first = claimed.putIfAbsent(id, r.file());
            if (first != null) {
                warnings.add(r.file() + " defines playbook '" + id + "' again; " + first + " comes first and is used");
                continue;
            }
            boolean shipped = ShippedPlaybooks.ids().contains(id);
            if (r.ok()) {
                byId.put(id, new CatalogEntry(r.playbook(), shipped ? SHIPPED + id : null));
            } else {
                byId.remove(id);
                warnings.add("playbook '" + id + "' is unavailable until " + r.file() + " is fixed"
                        + (shipped ? "; '" + SHIPPED + id + "' names the shipped one" : ""));
            }
        }
        return new CatalogListing(new ArrayList<>(byId.values()), invalid, warnings);
    }

    /** The playbook named by an id or a file; see {@link #entry(String)}. */
    public Playbook find(String idOrFile) {
        return entry(idOrFile).playbook();
    }

    /**
     * The playbook named by {@code idOrFile}: a file when it looks like one (ends in .yaml/.yml, has a path
     * separator, or exists); {@code shipped:ID} for the shipped playbook even when a user file overrides it;
     * else an id looked up in the user folders in order (the first file with the id decides, even a broken
     * one), then the shipped playbooks.
     *
     * @throws InvalidInputException when the file, or the user file defining the id, has problems (exit 2)
     * @throws ExitException         (exit 2) when no playbook has that id
     */
    public CatalogEntry entry(String idOrFile) {
        if (looksLikeFile(idOrFile)) return new CatalogEntry(PlaybookLoader.load(Path.of(idOrFile)), null);
        if (idOrFile.startsWith(SHIPPED)) return shipped(idOrFile.substring(SHIPPED.length()), idOrFile);
        List<String> ids = new ArrayList<>();
        for (LoadResult r : userResults(new ArrayList<>())) {
            String id = r.ok() ? r.playbook().id() : r.id();
            if (idOrFile.equals(id)) {
                if (!r.ok()) throw new InvalidInputException(r.problems());
                boolean shipped = ShippedPlaybooks.ids().contains(id);
                return new CatalogEntry(r.playbook(), shipped ? SHIPPED + id : null);
            }
            if (id != null) ids.add(id);
        }
        ids.addAll(ShippedPlaybooks.ids());
        return shipped(idOrFile, idOrFile, ids);
    }

    private static CatalogEntry shipped(String id, String asked) {
        return shipped(id, asked, ShippedPlaybooks.ids());
    }

    /** The shipped playbook {@code id}; when there is none, a usage error listing the {@code known} ids. */
    private static CatalogEntry shipped(String id, String asked, List<String> known) {
        LoadResult shipped = ShippedPlaybooks.byId(id);
        if (shipped != null) {
            if (!shipped.ok()) throw new InvalidInputException(shipped.problems());
            return new CatalogEntry(shipped.playbook(), null);
        }
        List<String> ids = known.stream().distinct().sorted().toList();
        String close = Suggestions.closest(id, ids);
        String prefix = asked.startsWith(SHIPPED) ? SHIPPED : "";
        throw new ExitException(ExitCodes.USAGE, "unknown playbook '" + asked + "'"
                + (close == null ? "" : " (did you mean '" + prefix + close + "'?)") + "; known: " + String.join(", ", ids)
                + " (or give a playbook file)");
    }

    static boolean looksLikeFile(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || s.indexOf('/') >= 0
                || s.indexOf(java.io.File.separatorChar) >= 0 || Files.isRegularFile(Path.of(s));
    }

    /** The user playbook files, folder by folder in order, files by name within a folder. */
    private List<LoadResult> userResults(List<String> warnings) {
        List<LoadResult> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                warnings.add("playbook folder " + folder + (Files.exists(folder) ? " is not a folder" : " does not exist"));
                continue;
            }
            for (Path file : yamlFiles(folder)) out.add(PlaybookLoader.check(file));
        }
        return out;
    }

    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".yaml") || n.endsWith(".yml")) && Files.isRegularFile(f);
            }).sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
