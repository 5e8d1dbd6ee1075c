package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * String literals written for JSON rows read back as the same strings, whatever characters they hold; per-locale
 * texts are stored as the same text whatever order their map iterates in.
 */
class JsonTextTest {
    @Test
    void perLocaleTextsAreWrittenInKeyOrderWhateverTheMapsOrder() {
        Random random = new Random(5);
        List<String> locales = List.of("zh-Hant", "en", "ja", "zh-CN", "ko");
        String expected = null;
        for (int i = 0; i < 200; i++) {
            Map<String, String> texts = new LinkedHashMap<>();
            List<String> shuffled = new ArrayList<>(locales);
            Collections.shuffle(shuffled, random);
            for (String locale : shuffled) texts.put(locale, "text " + locale);
            String written = JsonText.write(List.of(texts, Map.copyOf(texts)));
            if (expected == null) expected = written;
            assertThat(written).isEqualTo(expected);
            assertThat(JsonText.textList(written)).containsExactly(texts, texts);
        }
        assertThat(expected).startsWith("[{\"en\":\"text en\",\"ja\":");
    }

    @Test
    void stringLiteralsRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(11);
        String alphabet = "ab\"\\/\n\r\t\b\f\u0000\u001f\u007f \u00e9\u9999\u2028";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(20) == 0) value.appendCodePoint(0x1F300 + random.nextInt(64)); // outside the BMP
                else value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder literal = new StringBuilder("x");
            JsonText.appendString(literal, value.toString());
            assertThat(literal.charAt(0)).isEqualTo('x');
            assertThat(json.readValue(literal.substring(1), String.class)).isEqualTo(value.toString());
        }
    }
}
