package org.newsroom.cms.core.application;

import java.time.Instant;

/** Publishing (or scheduling) before the embargo time: refused on every path, for everyone. */
public class EmbargoException extends CmsException {

    private final Instant embargoUntil;

    public EmbargoException(Instant embargoUntil, String what) {
        super(Message.of("embargo.inForce", String.valueOf(embargoUntil), Message.of("embargo." + what)));
        this.embargoUntil = embargoUntil;
    }

    public Instant embargoUntil() {
        return embargoUntil;
    }
}
