package org.newsroom.cms.core.application;

import java.time.Instant;

/** Publishing (or scheduling) before the embargo time: refused on every path, for everyone. */
public class EmbargoException extends CmsException {

    private final Instant embargoUntil;

    public EmbargoException(Instant embargoUntil, String what) {
        super("This article is under embargo until " + embargoUntil + " (UTC); it cannot be " + what
                + " before then. Schedule it for that time or later, or change the embargo.");
        this.embargoUntil = embargoUntil;
    }

    public Instant embargoUntil() {
        return embargoUntil;
    }
}
