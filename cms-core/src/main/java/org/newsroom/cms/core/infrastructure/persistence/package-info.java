/** JPA implementations of the domain repositories (persistence unit {@code cms}, PostgreSQL). */
package org.newsroom.cms.core.infrastructure.persistence;
