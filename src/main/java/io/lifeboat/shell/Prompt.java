package io.lifeboat.shell;

/** The shell's prompt: {@code lifeboat> }, or {@code lifeboat[#12 ⚠2]> } with a current incident. */
final class Prompt {
    private Prompt() {
    }

    static String of(Long incident, int overdue) {
        if (incident == null) return "lifeboat> ";
        return "lifeboat[#" + incident + (overdue > 0 ? " \u26a0" + overdue : "") + "]> ";
    }
}
