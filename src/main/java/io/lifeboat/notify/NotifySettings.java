package io.lifeboat.notify;

/**
 * What messages say about the operator, from the environment: {@code LIFEBOAT_OPERATOR} (the operator's name),
 * {@code LIFEBOAT_HOTLINE} (the 24-hour hotline; else the playbook contact's phone), and
 * {@code LIFEBOAT_REGULATOR_EMAIL} (where the regulator report is e-mailed; none by default).
 */
public record NotifySettings(String operatorName, String hotline, String regulatorEmail) {
    public static final String DEFAULT_OPERATOR = "Lifeboat Travel";
}
