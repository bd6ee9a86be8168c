/** The escalation page of a case: raising, reading and resolving escalations. */
package nl.doorbraak.escalation.web;
