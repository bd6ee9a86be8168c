/** How the audit log is written and searched; only the audit module's own web layer uses these classes. */
package nl.doorbraak.audit.internal;
