/** Pages for finalising, reading, correcting and downloading verslag versions. */
package nl.doorbraak.verslag.web;
