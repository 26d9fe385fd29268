package org.newsroom.cms.web.health;

/** What the checks share: a failure said in one line, without a stack trace or anything secret. */
final class HealthChecks {

    private HealthChecks() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
