package io.lifeboat.incident;

import io.lifeboat.playbook.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A jurisdiction's grading of tourism emergencies and its reporting duty, loaded from YAML so that
 * another jurisdiction is another file. Levels are listed highest first.
 */
public record RegulatorProfile(String id, Map<String, String> name, String jurisdiction, List<Source> sources,
                               Duration reportDeadline, Map<String, String> authority, int strandedHours,
                               List<Level> levels, String file) {

    public RegulatorProfile {
        name = Map.copyOf(name);
        sources = List.copyOf(sources);
        authority = Map.copyOf(authority);
        levels = List.copyOf(levels);
    }

    /** Where the profile's facts come from. */
    public record Source(String title, String covers) {
    }

    /** One grade; it applies when any threshold is reached. */
    public record Level(String id, Map<String, String> name, int deaths, int injured, int stranded) {
        public Level {
            name = Map.copyOf(name);
        }

        public String name(String locale) {
            return Texts.pick(name, locale, id);
        }

        boolean reachedBy(int d, int i, int s) {
            return d >= deaths || i >= injured || s >= stranded;
        }
    }

    /** The highest level any count reaches, or {@link Grade#NONE} below every threshold. */
    public Grade grade(int deaths, int injured, int stranded) {
        for (Level l : levels) {
            if (l.reachedBy(deaths, injured, stranded)) return new Grade(l.id(), l.name());
        }
        return Grade.NONE;
    }

    public Level level(String id) {
        for (Level l : levels) {
            if (l.id().equals(id)) return l;
        }
        return null;
    }
}
