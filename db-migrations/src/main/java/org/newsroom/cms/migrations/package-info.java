/**
 * Flyway migrations of the core schema and the runner that applies them at deployment.
 * The SQL lives in {@code db/migration/core}; Hibernate never generates schema.
 */
package org.newsroom.cms.migrations;
