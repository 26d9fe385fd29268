package org.newsroom.cms.core.application;

/** A value that cannot even be read in the expected form (HTTP 400), e.g. a time without an offset. */
public class MalformedInputException extends CmsException {

    private final String field;

    public MalformedInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
