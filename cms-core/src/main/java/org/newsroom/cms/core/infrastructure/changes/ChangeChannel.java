package org.newsroom.cms.core.infrastructure.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells every node about a change, after it commits. {@link #publish} sends a PostgreSQL {@code NOTIFY}
 * inside the changing transaction (PostgreSQL delivers it only on commit, in commit order) and dispatches
 * to this node's subscribers right after the commit; a listener thread per node receives the other
 * nodes' notifications on a connection of its own. When that connection is lost, the thread reconnects
 * and tells every subscriber that anything may have changed ({@link #ANY}), so nothing stays stale.
 */
@ApplicationScoped
public class ChangeChannel {

    /** The key passed to subscribers when any key of their topic may have changed. */
    public static final String ANY = "*";

    private static final Logger LOG = Logger.getLogger(ChangeChannel.class.getName());
    private static final String CHANNEL = "cms_change";
    private static final int POLL_MILLIS = 250;

    @Resource(lookup = "java:jboss/datasources/CmsDS")
    DataSource dataSource;
    // the server-wide name: java:comp/… is not bound yet when a health probe reaches a deploying application
    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;
    @PersistenceContext(unitName = "cms")
    EntityManager em;

    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private volatile Thread listener;
    private volatile boolean running;

    /** Calls {@code onChange} with the key of every change of {@code topic}, from this node and the others. */
    public void subscribe(String topic, Consumer<String> onChange) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(onChange);
    }

    /** Announces a change of {@code key} in {@code topic}; must be called inside the changing transaction. */
    public void publish(String topic, String key) {
        if (topic.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a topic has no colon: " + topic);
        }
        em.createNativeQuery("select cast(pg_notify(?1, ?2) as text)").setParameter(1, CHANNEL)
                .setParameter(2, topic + ":" + key).getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatch(topic, key);
                }
            }
        });
    }

    /** Starts listening for the other nodes' changes (once, at deployment). */
    public synchronized void start() {
        if (listener != null) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "cms-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener = null;
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                subscribers.keySet().forEach(topic -> dispatch(topic, ANY)); // whatever happened while not listening
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            String payload = n.getParameter();
                            int colon = payload.indexOf(':');
                            if (colon > 0) {
                                dispatch(payload.substring(0, colon), payload.substring(colon + 1));
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Change listener lost its connection; reconnecting in a second", e);
                    sleep();
                }
            }
        }
    }

    private void dispatch(String topic, String key) {
        for (Consumer<String> subscriber : subscribers.getOrDefault(topic, List.of())) {
            try {
                subscriber.accept(key);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A subscriber of " + topic + " failed on " + key, e);
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
