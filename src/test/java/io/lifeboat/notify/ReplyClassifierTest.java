package io.lifeboat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.model.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading replies, and who is accounted for. */
class ReplyClassifierTest {

    @Test
    void helpInChineseOrEnglishIsNeedsHelp() {
        for (String t : List.of("需要帮助", "我们需要幫助！", "救命", "孩子受伤了，在医院", "这里不安全", "2", " 2 ", "HELP",
                "please help us", "SOS", "my wife is injured", "we are stuck at the pier", "not safe")) {
            assertThat(ReplyClassifier.classify(t)).as(t).isEqualTo(Reply.NEEDS_HELP);
        }
    }

    @Test
    void fineInChineseOrEnglishIsSafe() {
        for (String t : List.of("平安", "我们都平安，已回酒店", "没事", "沒事，謝謝", "收到", "1", "OK", "ok thanks", "We are safe",
                "all fine here", "Received, thank you")) {
            assertThat(ReplyClassifier.classify(t)).as(t).isEqualTo(Reply.SAFE);
        }
    }

    @Test
    void anythingElseIsOther() {
        for (String t : List.of("航班几点？", "what about the flight?", "12", "", "helpful? no: when do we leave",
                "booking B1")) {
            assertThat(ReplyClassifier.classify(t)).as(t).isEqualTo(Reply.OTHER);
        }
        assertThat(ReplyClassifier.classify(null)).isEqualTo(Reply.OTHER);
    }

    private static Reply reply(String booking, long at, String text) {
        return new Reply(1, booking, "sms", at, "", text, ReplyClassifier.classify(text), 0);
    }

    @Test
    void theLatestDecisiveReplyCountsAndOtherNeverUndoesIt() {
        Accounting a = Accounting.of(List.of("B1", "B2", "B3", "B4", "B5"), List.of(
                reply("B1", 1, "help"), reply("B1", 2, "we are safe now"),
                reply("B2", 1, "平安"), reply("B2", 2, "救命"),
                reply("B3", 1, "1"), reply("B3", 2, "when is the bus?"),
                reply("B4", 1, "what now?"),
                reply("B9", 1, "not ours")));
        assertThat(a.byBooking()).containsExactly(java.util.Map.entry("B1", "safe"), java.util.Map.entry("B2", "needs-help"),
                java.util.Map.entry("B3", "safe"), java.util.Map.entry("B4", "other"), java.util.Map.entry("B5", "no-reply"));
        assertThat(a.accountedFor()).isEqualTo(3);
        assertThat(a.percent()).isEqualTo(60.0);
        assertThat(a.line()).isEqualTo("60.0 % (3 of 5 bookings: 2 safe, 1 need help; 1 other, 1 no reply)");
        assertThat(Accounting.of(List.of(), List.of()).percent()).isZero();
        assertThat(Accounting.of(List.of("a", "b", "c"), List.of(reply("a", 1, "ok"))).percent()).isEqualTo(33.3);
    }
}
