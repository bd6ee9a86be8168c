/** The verslag's draft (rules, storage, meeting-mode service), finalising into frozen versions, corrections, the PDF and telling the participants. */
package nl.doorbraak.verslag.internal;
