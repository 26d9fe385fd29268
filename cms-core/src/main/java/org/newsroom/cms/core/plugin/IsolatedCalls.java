package org.newsroom.cms.core.plugin;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs a read-only plugin call in a transaction of its own, suspending the caller's: a plugin whose SQL
 * fails aborts only this transaction (PostgreSQL refuses every later statement of an aborted one), so the
 * request and the other plugins go on.
 */
@ApplicationScoped
public class IsolatedCalls {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T readOnly(Supplier<T> call) {
        return call.get();
    }
}
