package io.lifeboat.playbook;

import java.util.Locale;

/** The duties a task belongs to; the three drilled duties are information sync, reassurance and allocation. */
public enum Capability {
    INFO_SYNC_TRAVELERS, INFO_SYNC_SUPPLIERS, INFO_SYNC_REGULATOR, REASSURANCE, RESOURCE_ALLOCATION, OTHER;

    /** The YAML/JSON spelling: {@code info-sync-travelers}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Capability parse(String code) {
        for (Capability c : values()) {
            if (c.code().equals(code)) return c;
        }
        return null;
    }
}
