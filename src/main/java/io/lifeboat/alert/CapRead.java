package io.lifeboat.alert;

import io.lifeboat.common.Problem;
import java.util.List;

/**
 * What one document gave: the alerts that are valid, the ones (or the document) rejected with their
 * problems, and the links of a feed still to be read.
 */
public record CapRead(List<CapAlert> alerts, List<Rejected> rejected, List<String> links) {
    public CapRead {
        alerts = List.copyOf(alerts);
        rejected = List.copyOf(rejected);
        links = List.copyOf(links);
    }

    /**
     * An alert or document that cannot be used.
     *
     * @param cap {@code sender/identifier} when the alert got that far, else null
     */
    public record Rejected(String source, String cap, List<Problem> problems) {
        public Rejected {
            problems = List.copyOf(problems);
        }

        /** The problems on one line, for a JSON reason or a table cell. */
        public String reason() {
            StringBuilder sb = new StringBuilder();
            for (Problem p : problems) {
                if (sb.length() > 0) sb.append("; ");
                sb.append(p);
            }
            return sb.toString();
        }
    }
}
