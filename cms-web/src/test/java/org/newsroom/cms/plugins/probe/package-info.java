/** A test-only plugin touching every extension point, built on cms-plugin-api alone. */
package org.newsroom.cms.plugins.probe;
