package io.lifeboat.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Shell completion scripts generated from the command model (picocli's {@link AutoComplete}), so every
 * command, option and fixed value is offered as soon as it exists. The copies committed in
 * {@code completions/} are checked against a fresh generation by a test.
 */
public final class CompletionScripts {
    public static final String NAME = "lifeboat";

    private CompletionScripts() {
    }

    /** The bash script; ends with exactly one newline. */
    public static String bash(CommandLine root) {
        return AutoComplete.bash(NAME, root).stripTrailing() + "\n";
    }

    /**
     * The zsh script: zsh's bash-completion emulation ({@code bashcompinit}) running the same generated
     * function, so both shells complete exactly alike.
     */
    public static String zsh(CommandLine root) {
        return String.join("\n",
                "#compdef lifeboat",
                "# zsh completion for lifeboat: load it with  source <(lifeboat completion zsh)  in ~/.zshrc,",
                "# or  source /path/to/completions/lifeboat.zsh . It runs the bash completion function below",
                "# through zsh's bashcompinit, so bash and zsh complete alike.",
                "autoload -U +X compinit && compinit",
                "autoload -U +X bashcompinit && bashcompinit",
                "",
                bash(root).stripTrailing()) + "\n";
    }
}
