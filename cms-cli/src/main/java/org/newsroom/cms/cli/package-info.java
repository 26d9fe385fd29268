/**
 * {@code newsroom-import}: imports a folder of wire copy into the CMS from the command line, one
 * {@code POST /api/import/wire} per {@code .txt} file, with a progress bar, a summary, and a state file so an
 * interrupted run continues where it stopped. Entry point: {@link org.newsroom.cms.cli.ImportCommand}.
 */
package org.newsroom.cms.cli;
