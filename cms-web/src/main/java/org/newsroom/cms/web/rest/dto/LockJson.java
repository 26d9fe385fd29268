package org.newsroom.cms.web.rest.dto;

import java.time.Instant;

import org.newsroom.cms.core.application.LockInfo;

/** Who is editing: the lock holder, and until when the lock lasts without a heartbeat. */
public record LockJson(String holder, Instant takenAt, Instant expiresAt, String takenOverFrom) {

    public static LockJson of(LockInfo info) {
        return info == null ? null : new LockJson(info.holder(), info.takenAt(), info.expiresAt(), info.takenOverFrom());
    }
}
