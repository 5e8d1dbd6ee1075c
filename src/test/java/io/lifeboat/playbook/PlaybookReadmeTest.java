package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** playbooks/README.md documents every field and every template variable, and its example is valid. */
class PlaybookReadmeTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("playbooks/README.md"));
    }

    @Test
    void everyFieldIsDocumented() throws IOException {
        String readme = readme();
        List<List<String>> all = List.of(PlaybookParser.FIELDS, PlaybookParser.MATCH_FIELDS,
                PlaybookParser.TRIGGER_FIELDS, PlaybookParser.CAP_FIELDS, PlaybookParser.TASK_FIELDS,
                PlaybookParser.CONTACT_FIELDS, PlaybookParser.ALTERNATIVE_FIELDS, NotificationsParser.FIELDS,
                NotificationsParser.TEMPLATE_FIELDS, NotificationsParser.EMAIL_FIELDS, PriorityParser.FIELDS,
                PriorityParser.RULE_FIELDS, ResourcesParser.FIELDS, ResourcesParser.RULE_FIELDS,
                ResourcesParser.COMPENSATION_FIELDS, ResourcesParser.OFFER_FIELDS);
        List<String> missing = new ArrayList<>();
        for (List<String> fields : all) {
            for (String f : fields) {
                if (!readme.contains("| `" + f + "` |") && !readme.contains("`{" + f)) missing.add(f);
            }
        }
        assertThat(missing).as("fields without a row in playbooks/README.md").isEmpty();
        for (String v : List.of("Extreme", "Immediate", "Observed", "per_traveler", "per_party", "rooms", "coupon",
                "refund", "waiver", "promise", "info-sync-travelers", "resource-allocation")) {
            assertThat(readme).contains("`" + v + "`");
        }
    }

    @Test
    void everyTemplateVariableIsDocumented() throws IOException {
        String readme = readme();
        for (String audience : TemplateVariables.AUDIENCES) {
            for (Map.Entry<String, List<String>> v : TemplateVariables.of(audience).entrySet()) {
                assertThat(readme).as(audience).contains("| `" + v.getKey() + "` |");
                for (String item : v.getValue()) assertThat(readme).as(v.getKey()).contains("`" + item + "`");
            }
        }
    }

    @Test
    void theExampleInTheReadmeIsAValidPlaybook() throws IOException {
        String readme = readme();
        int start = readme.indexOf("```yaml\nid: lost-documents");
        int end = readme.indexOf("```", start + 7);
        String yaml = readme.substring(start + "```yaml\n".length(), end);
        LoadResult r = PlaybookLoader.check("README.md", yaml, "README.md");
        assertThat(r.problems()).isEmpty();
        assertThat(r.playbook().notifications().escalateAfter()).isEqualTo(java.time.Duration.ofMinutes(15));
    }
}
