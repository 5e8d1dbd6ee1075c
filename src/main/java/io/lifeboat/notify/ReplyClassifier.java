package io.lifeboat.notify;

import io.lifeboat.model.Reply;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a traveler's reply: {@code needs-help} when it asks for help (需要帮助, 救命, help, SOS, injured, "2", ...),
 * {@code safe} when it says they are fine (平安, 没事, safe, OK, "1", ...), else {@code other}. Help wins over safe
 * in the same reply ("不安全", "not safe" are calls for help).
 */
public final class ReplyClassifier {
    private static final List<String> HELP_ZH = List.of("需要帮助", "需要幫助", "帮助", "幫助", "帮忙", "幫忙", "救命", "求助",
            "求救", "受伤", "受傷", "医院", "醫院", "危险", "危險", "被困", "困住", "急救", "不安全", "生病", "晕倒", "暈倒");
    private static final Pattern HELP_EN = Pattern.compile("\\b(help|sos|injured|hurt|hospital|emergency|stranded|stuck|"
            + "trapped|ambulance|unsafe|not safe|not ok|not okay|danger)\\b");
    private static final List<String> SAFE_ZH = List.of("平安", "安全", "没事", "沒事", "无恙", "無恙", "收到", "好的", "安顿",
            "安頓", "一切正常", "放心");
    private static final Pattern SAFE_EN = Pattern.compile("\\b(safe|ok|okay|fine|all good|received|got it|yes|thanks|"
            + "thank you)\\b");

    private ReplyClassifier() {
    }

    public static String classify(String text) {
        if (text == null) return Reply.OTHER;
        String t = text.strip();
        if (t.equals("2") || t.equals("２")) return Reply.NEEDS_HELP;
        if (t.equals("1") || t.equals("１")) return Reply.SAFE;
        String lower = t.toLowerCase(Locale.ROOT);
        for (String w : HELP_ZH) if (t.contains(w)) return Reply.NEEDS_HELP;
        if (HELP_EN.matcher(lower).find()) return Reply.NEEDS_HELP;
        for (String w : SAFE_ZH) if (t.contains(w)) return Reply.SAFE;
        if (SAFE_EN.matcher(lower).find()) return Reply.SAFE;
        return Reply.OTHER;
    }
}
