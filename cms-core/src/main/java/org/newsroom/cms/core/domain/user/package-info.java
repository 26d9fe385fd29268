/** Newsroom accounts and their roles (JOURNALIST, EDITOR, ADMIN). */
package org.newsroom.cms.core.domain.user;
