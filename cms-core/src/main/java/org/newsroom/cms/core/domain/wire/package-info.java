/** Reading agency (wire) copy: bytes to text in the right encoding, then headline, dateline, paragraphs, language. */
package org.newsroom.cms.core.domain.wire;
