/** The chair's meeting mode, "Mijn tafels", and the pages to finalise, read, correct and download verslag versions. */
package nl.doorbraak.verslag.web;
