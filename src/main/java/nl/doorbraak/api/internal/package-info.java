/** The exception handling and OpenAPI configuration behind the API module's public types. */
package nl.doorbraak.api.internal;
