/** The editorial state machine: transitions, the roles allowed to make them, and edit rights. */
package org.newsroom.cms.core.domain.workflow;
