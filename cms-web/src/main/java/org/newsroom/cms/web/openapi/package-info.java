/**
 * The OpenAPI document at {@code /openapi}: the core API generated at build time from the JAX-RS and
 * MicroProfile OpenAPI annotations (SmallRye), merged at deployment with each plugin's own fragment,
 * completed with the rules every operation shares (security, roles, problem answers) and served from the
 * WAR; Swagger UI at {@code /api/docs/}.
 */
package org.newsroom.cms.web.openapi;
