/** The privacy officer's pages for reading and exporting the audit log. */
package nl.doorbraak.audit.web;
