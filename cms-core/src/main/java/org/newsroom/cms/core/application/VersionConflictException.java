package org.newsroom.cms.core.application;

/** The caller edited an older version than the one stored: nothing was overwritten. */
public class VersionConflictException extends CmsException {

    private final long currentVersion;

    public VersionConflictException(long expectedVersion, long currentVersion) {
        super(Message.of("version.conflict", expectedVersion, currentVersion));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
