/** The web tier: REST resources, security and start-up of the CMS inside WildFly. */
package org.newsroom.cms.web;
