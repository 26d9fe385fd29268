package org.newsroom.cms.plugins.photocaptions.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.cms.plugin.api.ui.FragmentRequest;
import org.newsroom.cms.plugin.api.ui.UiMessages;
import org.newsroom.cms.plugins.photocaptions.rest.PhotoRequests;
import org.newsroom.cms.plugins.photocaptions.store.Photo;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;

/**
 * One photo's text form in the panel: the values as typed, and each field's problem in the UI's language, checked
 * with the API's limits ({@link PhotoRequests}) so both refuse the same text. A field sent empty clears it; a
 * field not sent is kept.
 *
 * @param values the typed values by field name (the photo's stored values for a fresh form)
 * @param errors each invalid field's message, by field name
 */
public record PhotoForm(Map<String, String> values, Map<String, String> errors) {

    /** The fields, in the form's order, with their limits. */
    public static final Map<String, Integer> FIELDS = fields();

    public PhotoForm {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = Map.copyOf(errors);
    }

    private static Map<String, Integer> fields() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("caption", PhotoRequests.CAPTION_MAX);
        fields.put("credit", PhotoRequests.CREDIT_MAX);
        fields.put("photographer", PhotoRequests.PHOTOGRAPHER_MAX);
        fields.put("copyright", PhotoRequests.COPYRIGHT_MAX);
        fields.put("altText", PhotoRequests.ALT_TEXT_MAX);
        return Collections.unmodifiableMap(fields);
    }

    /** The stored photo's values, no errors. */
    static PhotoForm of(Photo photo) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("caption", photo.caption());
        values.put("credit", photo.credit());
        values.put("photographer", photo.photographer());
        values.put("copyright", photo.copyright());
        values.put("altText", photo.altText());
        return new PhotoForm(values, Map.of());
    }

    /** The form as posted, checked: stripped values, a message for each field too long or not storable. */
    static PhotoForm posted(FragmentRequest request, UiMessages.Texts t) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> field : FIELDS.entrySet()) {
            List<String> sent = request.params(field.getKey());
            if (sent.isEmpty()) {
                continue;
            }
            String value = sent.get(0) == null ? "" : sent.get(0).strip();
            values.put(field.getKey(), value);
            if (!storable(value)) {
                errors.put(field.getKey(), t.t("form.unstorable"));
            } else if (value.length() > field.getValue()) {
                errors.put(field.getKey(), t.t("form.tooLong", field.getValue()));
            }
        }
        return new PhotoForm(values, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The edit to store: fields sent are set (empty clears), fields not sent are kept. */
    PhotoText text() {
        return new PhotoText(values.get("caption"), values.get("credit"), values.get("photographer"), null,
                values.get("copyright"), values.get("altText"));
    }

    /** The value to show in the field (empty for none). */
    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    /** The field's problem, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** Text PostgreSQL can store: no NUL character, no lone surrogate. */
    static boolean storable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
