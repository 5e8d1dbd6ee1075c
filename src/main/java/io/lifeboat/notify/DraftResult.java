package io.lifeboat.notify;

import java.util.List;
import java.util.Map;

/**
 * What {@code notify draft} did.
 *
 * @param byAudience  drafts per audience after this run (inserted, updated and unchanged)
 * @param keptEdited  drafts edited by hand and left as they were (no {@code --reset})
 * @param keptSent    drafts already sent: never changed
 * @param noAddress   "traveler sms" → recipients skipped because they have no address on that channel
 * @param smsMessages traveler SMS drafts of the incident, and {@code smsSegments} their segments in total
 * @param overLimit   SMS drafts needing more segments than the playbook's {@code sms_segment_limit}
 */
public record DraftResult(long incidentId, Map<String, Integer> byAudience, int inserted, int updated,
                          int unchanged, int keptEdited, int keptSent, Map<String, Integer> noAddress,
                          List<String> notes, int smsMessages, int smsSegments, int maxSegments, int overLimit,
                          int segmentLimit, boolean drill) {
}
