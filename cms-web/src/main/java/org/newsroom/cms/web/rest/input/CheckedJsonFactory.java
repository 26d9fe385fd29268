package org.newsroom.cms.web.rest.input;

import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * The JSON factory of the API's one {@code ObjectMapper}: every parser it makes refuses unstorable text
 * ({@link UnsafeText}) in any string value or field name as the token is read. Checking tokens rather than
 * deserialised Strings covers every body the same way: records with their own deserializers, maps, lists,
 * plugins' request types and the core's alike.
 */
public class CheckedJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    public CheckedJsonFactory() {
    }

    protected CheckedJsonFactory(JsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new CheckedJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(in, ctxt));
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(r, ctxt));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
            throws IOException {
        return new CheckedParser(super._createParser(data, offset, len, ctxt, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(data, offset, len, ctxt));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(input, ctxt));
    }

    /**
     * Checks each string and field-name token. {@code nextFieldName()}, {@code nextTextValue()} and the other
     * shortcuts of {@link JsonParser} go through {@link #nextToken()}, which the delegate does not bypass.
     */
    static final class CheckedParser extends JsonParserDelegate {

        CheckedParser(JsonParser delegate) {
            super(delegate);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return checked(delegate.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken(); // as JsonParser does it, so a field name is checked too
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        private JsonToken checked(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                String flaw = UnsafeText.flaw(delegate.getTextCharacters(), delegate.getTextOffset(),
                        delegate.getTextLength());
                if (flaw != null) {
                    JsonStreamContext context = delegate.getParsingContext();
                    throw token == JsonToken.FIELD_NAME
                            ? new UnsafeTextException(this, field(context.getParent()), "has a field name that " + flaw)
                            : new UnsafeTextException(this, field(context), flaw);
                }
            }
            return token;
        }

        /** The JSON path of the value the context is at, e.g. {@code genres[0].name}; "body" at the top. */
        static String field(JsonStreamContext context) {
            Deque<String> parts = new ArrayDeque<>();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.getCurrentName() != null) {
                    parts.push("." + c.getCurrentName());
                }
            }
            String path = String.join("", parts);
            return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
        }
    }
}
