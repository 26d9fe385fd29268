/**
 * IPTC ninjs both ways: documents built from the published-article model (2.2, and 3.1 by renaming) and
 * imported documents turned into drafts, with plugins adding and taking what they model. No HTTP here;
 * cms-web maps routes and media types to it.
 */
package org.newsroom.cms.core.interchange.ninjs;
