/** The chair's meeting mode and "Mijn tafels": pages and forms over the verslag's draft. */
package nl.doorbraak.verslag.web;
