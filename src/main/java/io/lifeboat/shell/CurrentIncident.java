package io.lifeboat.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * After {@code use 12}, commands may leave out their INCIDENT_ID: the shell puts the current incident in
 * as the command's first positional when the line needs it. This works for any command whose first
 * positional is labelled {@code INCIDENT_ID}, also commands added later, without changing them.
 */
final class CurrentIncident {
    static final String LABEL = "INCIDENT_ID";

    private CurrentIncident() {
    }

    /**
     * The words to run: {@code words} as typed, or with {@code incident} put in after the command's name
     * when the command takes an INCIDENT_ID that was left out (a line that parses as typed is kept, except
     * that an optional INCIDENT_ID is filled in when the line names nothing else of the command).
     */
    static List<String> apply(Supplier<CommandLine> model, List<String> words, Long incident) {
        if (incident == null || words.isEmpty()) return words;
        CommandLine cmd = model.get();
        int insertAt = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            CommandLine sub = cmd.getSubcommands().get(w);
            if (sub != null) {
                cmd = sub;
                insertAt = i + 1;
                continue;
            }
            if (!w.startsWith("-") || w.equals("-")) break;
            OptionSpec o = cmd.getCommandSpec().findOption(w);
            if (o != null && o.arity().min() > 0 && !w.contains("=")) i += o.arity().min();
        }
        PositionalParamSpec first = firstPositional(cmd.getCommandSpec());
        if (first == null || !LABEL.equals(first.paramLabel())) return words;

        ParseResult asTyped = parse(model.get(), words);
        if (asTyped != null) {
            if (first.arity().min() > 0 || namesMore(leaf(asTyped))) return words;
        }
        List<String> with = new ArrayList<>(words);
        with.add(insertAt, String.valueOf(incident));
        return parse(model.get(), with) != null ? with : words;
    }

    private static PositionalParamSpec firstPositional(CommandSpec spec) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.index().min() == 0) return p;
        }
        return null;
    }

    private static ParseResult leaf(ParseResult r) {
        while (r.hasSubcommand()) r = r.subcommand();
        return r;
    }

    /** Whether the line gives the command a positional or an option of its own (not a global one). */
    private static boolean namesMore(ParseResult r) {
        if (r.isUsageHelpRequested() || r.isVersionHelpRequested()) return true;
        if (!r.matchedPositionals().isEmpty()) return true;
        return r.matchedOptions().stream().anyMatch(o -> !o.inherited());
    }

    private static ParseResult parse(CommandLine cl, List<String> words) {
        try {
            return cl.parseArgs(words.toArray(new String[0]));
        } catch (ParameterException e) {
            return null;
        }
    }
}
