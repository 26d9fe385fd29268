/**
 * What the newsroom tells its people about each other's work: an article submitted for review (to editors),
 * changes requested on it or it published (to its author). Recorded with the transition that caused it.
 */
package org.newsroom.cms.core.domain.notification;
