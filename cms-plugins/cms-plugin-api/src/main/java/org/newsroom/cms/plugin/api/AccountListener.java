package org.newsroom.cms.plugin.api;

/**
 * Hears of changes to newsroom accounts that a plugin mirrors (e.g. the bylines plugin's staff contributor
 * carries the account's display name). Called inside the changing transaction: throwing refuses the change.
 */
public interface AccountListener extends ExtensionPoint {

    /** The account {@code username} now shows as {@code newDisplayName} (it showed as {@code oldDisplayName}). */
    void displayNameChanged(String username, String oldDisplayName, String newDisplayName);
}
