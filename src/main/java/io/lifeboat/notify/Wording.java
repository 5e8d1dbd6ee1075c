package io.lifeboat.notify;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The few texts Lifeboat itself puts into messages (how to reply, segment kinds, a fallback when the
 * playbook prepared no alternative) and how times read, per reader family: Simplified Chinese,
 * Traditional Chinese, English.
 */
final class Wording {
    private static final Map<String, String> REPLY_HINT = Map.of(
            TemplateLocale.SIMPLIFIED, "平安请回复1，需要帮助请回复2或“需要帮助”",
            TemplateLocale.TRADITIONAL, "平安請回覆1，需要幫助請回覆2或「需要幫助」",
            TemplateLocale.ENGLISH, "Reply 1 if you are safe, 2 or HELP if you need help");
    private static final Map<String, String> NO_ALTERNATIVE = Map.of(
            TemplateLocale.SIMPLIFIED, "我们将尽快与您联系，确认新的安排",
            TemplateLocale.TRADITIONAL, "我們將盡快與您聯繫，確認新的安排",
            TemplateLocale.ENGLISH, "we will contact you shortly to confirm the new arrangements");
    private static final Map<String, String> PLAYBOOK_STARTED = Map.of(
            TemplateLocale.SIMPLIFIED, "已启动应急预案：%s",
            TemplateLocale.TRADITIONAL, "已啟動應急預案：%s",
            TemplateLocale.ENGLISH, "Activated the playbook: %s");
    private static final Map<String, Map<String, String>> KINDS = Map.of(
            TemplateLocale.SIMPLIFIED, Map.of("hotel", "酒店", "cruise", "邮轮", "coach", "大巴", "flight", "航班",
                    "train", "火车", "tour", "游览", "activity", "活动"),
            TemplateLocale.TRADITIONAL, Map.of("hotel", "酒店", "cruise", "郵輪", "coach", "旅遊巴", "flight", "航班",
                    "train", "火車", "tour", "遊覽", "activity", "活動"));
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINESE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_FULL = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm（'UTC'xxx）",
            Locale.CHINESE);
    private static final DateTimeFormatter EN_FULL = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm '(UTC'xxx')'",
            Locale.ENGLISH);

    private Wording() {
    }

    static String replyHint(String family) {
        return REPLY_HINT.get(family);
    }

    static String noAlternative(String family) {
        return NO_ALTERNATIVE.get(family);
    }

    static String playbookStarted(String family, String playbookName) {
        return String.format(PLAYBOOK_STARTED.get(family), playbookName);
    }

    static String kind(String family, String code) {
        return KINDS.getOrDefault(family, Map.of()).getOrDefault(code, code);
    }

    static String separator(String family) {
        return TemplateLocale.ENGLISH.equals(family) ? ", " : "、";
    }

    /** A local time as a traveler or supplier reads it: day and time in the place's own offset. */
    static String time(String family, OffsetDateTime t) {
        return t == null ? "" : (TemplateLocale.ENGLISH.equals(family) ? EN : ZH).format(t);
    }

    /** A time with year and offset, for the regulator report. */
    static String fullTime(String family, OffsetDateTime t) {
        return t == null ? "" : (TemplateLocale.ENGLISH.equals(family) ? EN_FULL : ZH_FULL).format(t);
    }
}
