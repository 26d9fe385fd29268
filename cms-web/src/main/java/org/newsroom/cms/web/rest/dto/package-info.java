/** JSON request and response shapes of the REST API; never JPA entities. */
package org.newsroom.cms.web.rest.dto;
