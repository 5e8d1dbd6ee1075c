package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> FIELDS = List.of("channels", "escalate_after", "sms_segment_limit", "send",
            "templates");

    @Test
    void typosCaseAndSpellingStylesFindTheField() {
        assertThat(Suggestions.closest("chanels", FIELDS)).isEqualTo("channels");
        assertThat(Suggestions.closest("escalateAfter", FIELDS)).isEqualTo("escalate_after");
        assertThat(Suggestions.closest("sms-segment-limit", FIELDS)).isEqualTo("sms_segment_limit");
        assertThat(Suggestions.closest("Templates", FIELDS)).isEqualTo("templates");
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        assertThat(Suggestions.closest("colour", FIELDS)).isNull();
        assertThat(Suggestions.didYouMean("x", FIELDS)).isEmpty();
        assertThat(Suggestions.didYouMean("sned", FIELDS)).isEqualTo(" (did you mean 'send'?)");
    }
}
