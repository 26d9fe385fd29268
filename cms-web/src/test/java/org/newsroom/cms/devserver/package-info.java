/** The one-command local run: embedded durable PostgreSQL + the provisioned WildFly, stopped together. */
package org.newsroom.cms.devserver;
