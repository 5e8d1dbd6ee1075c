package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static final Map<String, String> NAMES = Map.of("zh-CN", "台风", "zh-Hant", "颱風", "en", "Typhoon");

    @Test
    void exactLocaleFirst() {
        assertThat(Texts.pick(NAMES, "zh-CN", "?")).isEqualTo("台风");
        assertThat(Texts.pick(NAMES, "zh-Hant", "?")).isEqualTo("颱風");
        assertThat(Texts.pick(NAMES, "en", "?")).isEqualTo("Typhoon");
    }

    @Test
    void chineseReadersGetTheirScript() {
        assertThat(Texts.pick(NAMES, "zh-TW", "?")).isEqualTo("颱風");
        assertThat(Texts.pick(NAMES, "zh-HK", "?")).isEqualTo("颱風");
        assertThat(Texts.pick(NAMES, "zh-Hant-TW", "?")).isEqualTo("颱風");
        assertThat(Texts.pick(NAMES, "zh-SG", "?")).isEqualTo("台风");
        assertThat(Texts.pick(NAMES, "zh", "?")).isEqualTo("台风");
        assertThat(Texts.pick(Map.of("zh-CN", "台风", "en", "Typhoon"), "zh-TW", "?")).isEqualTo("台风");
    }

    @Test
    void otherLanguagesFallBackToEnglishThenChineseThenTheFallback() {
        assertThat(Texts.pick(NAMES, "ja", "?")).isEqualTo("Typhoon");
        assertThat(Texts.pick(NAMES, "en-GB", "?")).isEqualTo("Typhoon");
        assertThat(Texts.pick(Map.of("zh-CN", "台风"), "ja", "?")).isEqualTo("台风");
        assertThat(Texts.pick(Map.of(), "ja", "?")).isEqualTo("?");
    }
}
