package org.newsroom.cms.core.application;

/** The caller edited an older version than the one stored: nothing was overwritten. */
public class VersionConflictException extends CmsException {

    private final long currentVersion;

    public VersionConflictException(long expectedVersion, long currentVersion) {
        super("This article changed since you loaded it (you had version " + expectedVersion + ", it is now at "
                + currentVersion + "). Reload it, reapply your changes and save again; nothing was overwritten.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
