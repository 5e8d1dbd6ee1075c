package io.lifeboat.cli;

import io.lifeboat.common.ExitCodes;
import io.lifeboat.common.Problem;
import io.lifeboat.drill.DrillLoader;
import io.lifeboat.render.Json;
import io.lifeboat.render.Ordered;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code drill validate FILE...}: drill files checked with the playbooks' error standard. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check drill files: YAML syntax, fields and types, durations, quarters, area specs,",
            "capabilities, inject references and evidence actions. Prints 'ok FILE' for a good file and every",
            "problem of a bad one as FILE:LINE:COL: field: message (on stderr). Exit 0 when all are good, else 2."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat drill validate drills/2026Q3-typhoon.yaml",
            "  lifeboat drill validate drills/*.yaml -o json"})
public final class DrillValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Drill YAML files.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        int bad = 0;
        List<Map<String, Object>> json = new ArrayList<>();
        for (Path f : files) {
            List<Problem> problems = DrillLoader.problems(f);
            if (!problems.isEmpty()) bad++;
            if (output() == io.lifeboat.render.OutputFormat.JSON) {
                json.add(Ordered.of("file", f.toString(), "ok", problems.isEmpty(), "problems", problems.stream()
                        .map(p -> Ordered.of("line", p.line(), "column", p.column(), "message", p.reason())).toList()));
            } else if (problems.isEmpty()) {
                out().println("ok " + f);
            } else {
                problems.forEach(err()::println);
            }
        }
        if (output() == io.lifeboat.render.OutputFormat.JSON) Json.print(out(), json);
        out().flush();
        if (bad > 0) {
            err().println(bad + " of " + files.size() + (files.size() == 1 ? " file has" : " files have") + " problems");
            err().flush();
            return ExitCodes.USAGE;
        }
        next("lifeboat drill start " + files.get(0));
        return ExitCodes.OK;
    }
}
