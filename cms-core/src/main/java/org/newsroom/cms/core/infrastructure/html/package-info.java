/** HTML hygiene for content coming in from editors and wires. */
package org.newsroom.cms.core.infrastructure.html;
