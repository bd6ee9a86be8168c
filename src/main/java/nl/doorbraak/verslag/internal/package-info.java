/** The meeting mode's draft: its rules, storage and the service behind the pages. */
package nl.doorbraak.verslag.internal;
