/** What happens when the CMS is deployed: schema migration and the bootstrap admin account. */
package org.newsroom.cms.web.startup;
