/** The dossier: the inbrenger's analysis of a planned case, sent to the participants before the table meets. */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier")
package nl.doorbraak.dossier;
