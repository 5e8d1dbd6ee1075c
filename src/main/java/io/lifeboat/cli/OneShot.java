package io.lifeboat.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which subcommand a one-shot run's arguments name, found without building any subcommand's model:
 * the root's own options are skipped with their values, and the first word after them is looked up in
 * the table of subcommand names.
 */
final class OneShot {
    /** The arguments need no subcommand at all ({@code --version}). */
    static final Class<?> NONE = Void.class;

    /** Commands that read the whole command tree (the completion scripts list every command). */
    interface WholeTree {
    }

    private OneShot() {
    }

    /** The subcommand to register alone, {@link #NONE}, or null when the full tree is needed. */
    static Class<?> subcommandNamed(CommandSpec root, String... args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) return null;
            if (arg.startsWith("-") && arg.length() > 1) {
                int eq = arg.indexOf('=');
                OptionSpec option = root.findOption(eq > 0 ? arg.substring(0, eq) : arg);
                if (option == null) return null;
                if (option.usageHelp()) return null;
                if (option.versionHelp()) version = true;
                if (eq < 0 && option.arity().max() > 0) i++;
                continue;
            }
            return lookUp(arg);
        }
        return version ? NONE : null;
    }

    private static Class<?> lookUp(String word) {
        int i = LifeboatCommand.Subcommands.NAMES.indexOf(word);
        if (i < 0) return null;
        Class<?> sub = LifeboatCommand.Subcommands.CLASSES.get(i);
        return WholeTree.class.isAssignableFrom(sub) ? null : sub;
    }
}
