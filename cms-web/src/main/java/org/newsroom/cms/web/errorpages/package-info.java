/**
 * What the servlet container itself answers (unknown paths outside the API, wrong methods on them, bodies
 * over the size limit, failures outside JAX-RS): problem+json like the rest of the API, never the server's
 * own HTML error page or a stack trace.
 */
package org.newsroom.cms.web.errorpages;
