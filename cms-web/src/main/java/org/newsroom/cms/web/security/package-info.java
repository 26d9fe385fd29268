/** Who the caller is: HTTP Basic via Jakarta Security, checked against the accounts in PostgreSQL. */
package org.newsroom.cms.web.security;
