/** Meetings, agenda items and participants, and the services that plan, compose and invite. */
package nl.doorbraak.planning.internal;
