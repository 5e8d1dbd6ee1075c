package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code completion bash|zsh}: prints the shell completion script. */
@Command(name = "completion",
        description = {"Print the Tab-completion script for bash or zsh.",
            "It completes commands, options, fixed values and the shipped playbook ids of this build."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat completion bash > ~/.local/share/bash-completion/completions/lifeboat",
            "  echo 'source <(lifeboat completion bash)' >> ~/.bashrc",
            "  echo 'source <(lifeboat completion zsh)' >> ~/.zshrc",
            "The same scripts are committed in completions/ (lifeboat.bash, lifeboat.zsh)."})
public final class CompletionCommand extends BaseCommand implements OneShot.WholeTree {
    /** The shells a script exists for. */
    public enum ShellKind { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    ShellKind shell;

    @Override
    public Integer call() {
        var root = spec.root().commandLine();
        out().print(shell == ShellKind.bash ? CompletionScripts.bash(root) : CompletionScripts.zsh(root));
        out().flush();
        // Usually redirected or sourced: a hint only when a person reads the script on a terminal.
        if (env().stdoutTerminal()) next(shell == ShellKind.bash ? "source <(lifeboat completion bash)   then: lifeboat inc<Tab>"
                : "source <(lifeboat completion zsh)   then: lifeboat inc<Tab>");
        return ExitCodes.OK;
    }
}
