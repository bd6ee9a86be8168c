/** Finalising a verslag into frozen versions, corrections, the PDF and telling the participants. */
package nl.doorbraak.verslag.internal;
