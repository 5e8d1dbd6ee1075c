package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.Problem;
import io.lifeboat.playbook.LoadResult;
import io.lifeboat.playbook.PlaybookLoader;
import io.lifeboat.render.Csv;
import io.lifeboat.render.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code playbook validate FILE...}: check playbook files before they are needed at 02:00. */
@Command(name = "validate",
        description = {"Check playbook files before they are needed.",
            "Checks YAML syntax, fields and types, durations, locales, references to templates, and every",
            "template's mustache syntax and variables. Prints 'ok FILE' for a good file and every problem",
            "of a bad one as FILE:LINE:COL: field: message (on stderr).",
            "Exit 0 when all files are good, 2 when any has a problem. A folder stands for its *.yaml files."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat playbook validate typhoon.yaml",
            "  lifeboat playbook validate ~/playbooks            (every .yaml/.yml file in the folder)",
            "  lifeboat playbook validate *.yaml -o json         (one object per file, for CI)"})
public final class PlaybookValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Playbook YAML files or folders of them.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        List<LoadResult> results = PlaybookLoader.checkAll(files);
        long bad = results.stream().filter(r -> !r.ok()).count();
        switch (output()) {
            case JSON -> Json.print(out(), results.stream().map(PlaybookValidateCommand::object).toList());
            case CSV -> csv(results);
            case TABLE -> {
                for (LoadResult r : results) {
                    if (r.ok()) {
                        out().println("ok " + r.file());
                    } else {
                        for (Problem p : r.problems()) err().println(p);
                    }
                }
                out().flush();
            }
        }
        if (bad > 0) {
            err().println(bad + " of " + results.size() + (results.size() == 1 ? " file has" : " files have")
                    + " problems");
            err().flush();
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> object(LoadResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("ok", r.ok());
        m.put("id", r.id());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem p : r.problems()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("line", p.line());
            problem.put("column", p.column());
            problem.put("message", p.reason());
            problems.add(problem);
        }
        m.put("problems", problems);
        return m;
    }

    private void csv(List<LoadResult> results) {
        try (Csv csv = new Csv(out(), List.of("file", "ok", "line", "column", "message"))) {
            for (LoadResult r : results) {
                if (r.ok()) csv.row(r.file(), true, "", "", "");
                for (Problem p : r.problems()) csv.row(r.file(), false, p.line(), p.column(), p.reason());
            }
        }
    }
}
