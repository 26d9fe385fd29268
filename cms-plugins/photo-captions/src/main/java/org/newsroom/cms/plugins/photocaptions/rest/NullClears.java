package org.newsroom.cms.plugins.photocaptions.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * A text field of a partial edit: {@code "credit": null} clears the field (read as {@code ""}), a field left
 * out stays as it is (read as {@code null}). The endpoints have always made that difference; a record on its
 * own cannot tell "sent as null" from "not sent". Public because Jackson creates it.
 */
public final class NullClears extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    public NullClears() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return StringDeserializer.instance.deserialize(parser, context);
    }

    @Override
    public String getNullValue(DeserializationContext context) {
        return "";
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return null;
    }
}
