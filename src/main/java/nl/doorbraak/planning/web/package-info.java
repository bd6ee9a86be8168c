/** The coordinator's planning pages and the meeting page. */
package nl.doorbraak.planning.web;
