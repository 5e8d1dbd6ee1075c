package io.lifeboat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which template locale a traveler gets. */
class TemplateLocaleTest {
    static final List<String> ALL = List.of("zh-CN", "zh-Hant", "en");
    static final List<String> NO_HANT = List.of("zh-CN", "en");

    @Test
    void exactLocaleFirst() {
        assertThat(TemplateLocale.choose("zh-CN", ALL)).isEqualTo("zh-CN");
        assertThat(TemplateLocale.choose("en", ALL)).isEqualTo("en");
        assertThat(TemplateLocale.choose("ja", List.of("ja", "en"))).isEqualTo("ja");
        assertThat(TemplateLocale.choose("zh-TW", List.of("zh-TW", "zh-Hant", "zh-CN"))).isEqualTo("zh-TW");
    }

    @Test
    void traditionalChineseReadersGetZhHantElseZhCn() {
        for (String l : List.of("zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW")) {
            assertThat(TemplateLocale.choose(l, ALL)).as(l).isEqualTo("zh-Hant");
            assertThat(TemplateLocale.choose(l, NO_HANT)).as(l).isEqualTo("zh-CN");
        }
        assertThat(TemplateLocale.choose("zh-SG", ALL)).isEqualTo("zh-CN");
        assertThat(TemplateLocale.choose("zh", ALL)).isEqualTo("zh-CN");
    }

    @Test
    void everyoneElseGetsEnglish() {
        for (String l : List.of("ja", "ko-KR", "en-AU", "en-GB", "fr", "de-CH")) {
            assertThat(TemplateLocale.choose(l, ALL)).as(l).isEqualTo("en");
        }
        assertThat(TemplateLocale.choose(null, ALL)).isEqualTo("en");
        assertThat(TemplateLocale.choose("ja", List.of("zh-CN"))).as("no English text: Chinese").isEqualTo("zh-CN");
        assertThat(TemplateLocale.choose("ja", List.of("fr"))).isEqualTo("fr");
        assertThat(TemplateLocale.choose("ja", List.of())).isNull();
    }
}
