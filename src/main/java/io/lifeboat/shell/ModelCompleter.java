package io.lifeboat.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Tab completion from the command model with picocli's completion engine ({@link AutoComplete#complete}):
 * commands and subcommands at any depth, options, enum values, and the values of
 * {@code completionCandidates} (playbook ids, open incident ids, the current incident's task ids, read
 * afresh on every Tab). The first word also completes the shell's own words; {@code use} completes
 * incident ids.
 */
final class ModelCompleter implements Completer {
    private final CommandLine model;
    private final Supplier<List<String>> incidentIds;

    ModelCompleter(CommandLine model, Supplier<List<String>> incidentIds) {
        this.model = model;
        this.incidentIds = incidentIds;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (String value : values(line.words(), line.wordIndex(), word, line.cursor())) {
            if (value.startsWith(word)) candidates.add(new Candidate(value, value, null, null, null, null, true));
        }
    }

    /** The full values that may stand at word {@code index} of {@code words}, given the typed {@code word}. */
    List<String> values(List<String> words, int index, String word, int cursor) {
        List<String> out = new ArrayList<>();
        if (index == 0) out.addAll(Shell.WORDS);
        if (index == 1 && words.get(0).equals("use")) {
            out.addAll(incidentIds.get());
            out.add("none");
            return out;
        }
        if (!words.isEmpty() && Shell.WORDS.contains(words.get(0))) return out;
        List<CharSequence> suffixes = new ArrayList<>();
        AutoComplete.complete(model.getCommandSpec(), words.toArray(new String[0]), index, word.length(), cursor,
                suffixes);
        for (CharSequence suffix : suffixes) out.add(word + suffix);
        // Where a value or a subcommand may stand, offer those; options when a '-' is typed.
        if (!word.startsWith("-") && out.stream().anyMatch(v -> !v.startsWith("-"))) {
            out.removeIf(v -> v.startsWith("-"));
        }
        return out;
    }
}
