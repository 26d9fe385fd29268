/**
 * The cross-node change channel: PostgreSQL LISTEN/NOTIFY, so that what one node changes (plugin state and
 * configuration today, cached public pages later) is seen by every node sharing the database within a
 * second, and by the changing node at once on commit.
 */
package org.newsroom.cms.core.infrastructure.changes;
