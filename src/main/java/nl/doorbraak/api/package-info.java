/** API infrastructure for /api/**: problem+json errors in Dutch and the OpenAPI description. */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package nl.doorbraak.api;
