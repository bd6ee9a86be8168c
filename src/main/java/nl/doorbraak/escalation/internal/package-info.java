/** The escalation's implementation: storage, who may raise and resolve, and who hears about it. */
package nl.doorbraak.escalation.internal;
