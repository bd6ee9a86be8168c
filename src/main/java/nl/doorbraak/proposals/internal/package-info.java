/** The proposals' storage, status rules, access and the opbrengst of a period. */
package nl.doorbraak.proposals.internal;
