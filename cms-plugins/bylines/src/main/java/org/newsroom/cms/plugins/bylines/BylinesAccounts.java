package org.newsroom.cms.plugins.bylines;

import org.newsroom.cms.plugin.api.AccountListener;
import org.newsroom.cms.plugin.api.PluginContext;

/**
 * Keeps a staff contributor's name in step with its newsroom account: when the account's display name
 * changes, the contributor is renamed in the same transaction (slug kept), so every byline, published ones
 * included, reads the new name on its next delivery.
 */
final class BylinesAccounts implements AccountListener {

    private final PluginContext context;
    private final StaffContributors staff;

    BylinesAccounts(PluginContext context, StaffContributors staff) {
        this.context = context;
        this.staff = staff;
    }

    @Override
    public void displayNameChanged(String username, String oldDisplayName, String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            return; // an account always shows some name; without one the contributor keeps its own
        }
        staff.rename(username, oldDisplayName, newDisplayName, context.clock().instant());
    }
}
