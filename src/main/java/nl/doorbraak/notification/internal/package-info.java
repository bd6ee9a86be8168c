/** Storing, listing, counting and reading notifications. */
package nl.doorbraak.notification.internal;
