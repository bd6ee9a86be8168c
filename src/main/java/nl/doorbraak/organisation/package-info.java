/** Organisations (schools, samenwerkingsverbanden, leerplicht, teams, care providers) that people work for. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package nl.doorbraak.organisation;
