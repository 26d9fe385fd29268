/** The minimal plugin shown in the README's "Writing a plugin" section; compiled and run by the tests. */
package org.newsroom.cms.plugins.example;
