/**
 * Application services: the use cases (create, edit, move through the workflow, comment, manage users),
 * transaction boundaries and permission checks. Callers get domain objects or the errors declared here.
 */
package org.newsroom.cms.core.application;
