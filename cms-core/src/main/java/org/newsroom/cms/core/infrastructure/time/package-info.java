/** Where the application gets the time from. */
package org.newsroom.cms.core.infrastructure.time;
