/** The dossier's implementation: storage, the editing and sending rules, and the demo dossiers. */
package nl.doorbraak.dossier.internal;
