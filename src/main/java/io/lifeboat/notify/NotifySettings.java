package io.lifeboat.notify;

/**
 * What messages say about the operator, from the environment: {@code LIFEBOAT_OPERATOR} (the operator's name),
 * {@code LIFEBOAT_HOTLINE} (the 24-hour hotline; else the playbook contact's phone), and
 * {@code LIFEBOAT_REGULATOR_EMAIL} (where the regulator report is e-mailed; none by default).
 */
public record NotifySettings(String operatorName, String hotline, String regulatorEmail) {
    public static final String DEFAULT_OPERATOR = "Lifeboat Travel";

    /** The operator's name as messages show it: {@code LIFEBOAT_OPERATOR}, else the default. */
    public String operator() {
        return operatorName == null || operatorName.isBlank() ? DEFAULT_OPERATOR : operatorName;
    }

    /** The hotline messages give: {@code LIFEBOAT_HOTLINE}, else the playbook contact's phone, else none. */
    public String hotline(io.lifeboat.playbook.Playbook playbook) {
        if (hotline != null && !hotline.isBlank()) return hotline;
        return playbook.contact() != null && playbook.contact().phone() != null ? playbook.contact().phone() : "";
    }
}
