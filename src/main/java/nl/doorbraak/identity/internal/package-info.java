/** Security configuration, login bookkeeping, user storage, start-up accounts and the audited user service. */
package nl.doorbraak.identity.internal;
