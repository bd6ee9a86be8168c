/** The /overzicht pages: the numbers and the list behind each. */
package nl.doorbraak.dashboard.web;
