package io.lifeboat.dataset;

/** What an import did: rows read, and of them how many were inserted, updated or already identical. */
public record ImportSummary(String dataset, String file, long rows, long inserted, long updated, long unchanged) {
}
