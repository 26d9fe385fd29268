package org.newsroom.cms.web.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import org.newsroom.cms.plugin.api.PluginException;

/**
 * The host's unit of work around a plugin's REST call: one call, one JTA transaction. The route that
 * locates the plugin's resource {@link #begin}s it; {@link PluginTransactionFilter} {@link #end}s it once the
 * response status is known (commit on 1xx–3xx, roll back on any error answer, including mapped exceptions);
 * {@link PluginTransactionGuard} rolls back whatever is left when a request ends some other way.
 */
@ApplicationScoped
public class PluginUnitOfWork {

    private static final Logger LOG = Logger.getLogger(PluginUnitOfWork.class.getName());
    private static final String OWNED = PluginUnitOfWork.class.getName() + ".owned";

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    /** Starts the request's transaction (once; a request that already has one keeps it). */
    public void begin(HttpServletRequest request) {
        try {
            if (request.getAttribute(OWNED) == null && transaction.getStatus() == Status.STATUS_NO_TRANSACTION) {
                transaction.begin();
                request.setAttribute(OWNED, Boolean.TRUE);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start a transaction for the plugin call", e);
        }
    }

    /**
     * Ends the transaction this request began: commits when {@code status} is a success, else rolls back.
     *
     * @throws PluginException a 409 when the commit itself failed (nothing was stored)
     */
    public void end(HttpServletRequest request, int status) {
        if (request.getAttribute(OWNED) == null) {
            return;
        }
        request.removeAttribute(OWNED);
        try {
            if (status < 400 && transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else {
                rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "A plugin call's transaction failed to commit", e);
            rollback();
            throw PluginException.conflict("The change could not be stored because something else changed the "
                    + "same data at the same moment; nothing was saved. Try again.");
        }
    }

    /** Rolls back a transaction this request began and did not end (an error outside JAX-RS). */
    public void abandon(HttpServletRequest request) {
        if (request.getAttribute(OWNED) != null) {
            request.removeAttribute(OWNED);
            LOG.warning(() -> "Rolling back an unfinished plugin transaction of " + request.getRequestURI());
            rollback();
        }
    }

    private void rollback() {
        try {
            int s = transaction.getStatus();
            if (s != Status.STATUS_NO_TRANSACTION && s != Status.STATUS_COMMITTED && s != Status.STATUS_ROLLEDBACK) {
                transaction.rollback();
            }
        } catch (SystemException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not roll back a plugin transaction", e);
        }
    }
}
