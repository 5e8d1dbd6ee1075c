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
}
