/** The dossier page: preparing, reading and sending the dossier of a case. */
package nl.doorbraak.dossier.web;
