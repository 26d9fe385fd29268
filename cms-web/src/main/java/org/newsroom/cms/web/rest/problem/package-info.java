/** Every error the API returns, as RFC 9457 problem+json. */
package org.newsroom.cms.web.rest.problem;
