package io.lifeboat.render;

/**
 * Hides most of a phone number or e-mail address in tables and logs, keeping enough to recognise it
 * (+86*******8000, w***@example.com). {@code --reveal} shows them whole.
 */
public final class Mask {
    private Mask() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) return "";
        if (phone.length() <= 7) return "*".repeat(phone.length());
        int keepHead = phone.startsWith("+") ? Math.min(3, phone.length() - 4) : 0;
        return phone.substring(0, keepHead) + "*".repeat(phone.length() - keepHead - 4)
                + phone.substring(phone.length() - 4);
    }

    public static String email(String email) {
        if (email == null || email.isEmpty()) return "";
        int at = email.indexOf('@');
        if (at <= 0) return "***";
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Masks whichever kind of address this is. */
    public static String address(String address) {
        if (address == null) return "";
        return address.contains("@") ? email(address) : phone(address);
    }

    private static final java.util.regex.Pattern EMAIL_IN_TEXT = java.util.regex.Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final java.util.regex.Pattern PHONE_IN_TEXT = java.util.regex.Pattern.compile(
            "\\+?\\d[\\d -]{5,18}\\d");

    /** Free text (a note) with every e-mail address and phone-like number in it masked. */
    public static String text(String text) {
        if (text == null) return null;
        String out = EMAIL_IN_TEXT.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(email(m.group())));
        return PHONE_IN_TEXT.matcher(out).replaceAll(m -> {
            String digits = m.group().replaceAll("[ -]", "");
            return digits.length() < 7 ? m.group() : java.util.regex.Matcher.quoteReplacement(phone(digits));
        });
    }
}
