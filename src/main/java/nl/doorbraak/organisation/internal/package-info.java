/** Storage of organisations and the audited application service behind the administrator's pages. */
package nl.doorbraak.organisation.internal;
