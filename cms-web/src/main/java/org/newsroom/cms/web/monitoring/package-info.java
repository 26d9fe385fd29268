/**
 * What the CMS tells operators besides health: Micrometer meters (HTTP requests by endpoint group, editorial
 * events, scheduler lag, the public read cache), exported by WildFly in Prometheus format on the management
 * interface, and one key=value log line per editorial event on the {@code org.newsroom.cms.events} category.
 */
package org.newsroom.cms.web.monitoring;
