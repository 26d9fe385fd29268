/** REST resources: the newsroom API ({@code /api/…}, signed in) and public delivery ({@code /api/public/…}). */
package org.newsroom.cms.web.rest;
