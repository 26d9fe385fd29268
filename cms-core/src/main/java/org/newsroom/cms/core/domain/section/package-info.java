/**
 * The newsroom's sections (World, Politics…): a slug that articles store and filters use, and a display name
 * that can change. Writers pick one from this list; they no longer type it.
 */
package org.newsroom.cms.core.domain.section;
