/** Leerplichtwet 1969 rules: when leerplicht and kwalificatieplicht run, and what kind of verzuim a situation is. */
@org.springframework.modulith.ApplicationModule(displayName = "Leerplicht")
package nl.doorbraak.leerplicht;
