/** The identifier check: finds what in a Dutch free text could identify a person, before a leertafel text is stored. */
@org.springframework.modulith.ApplicationModule(displayName = "Anonimiteitscheck")
package nl.doorbraak.anonymity;
