/** The meeting and its verslag: the chair's meeting mode, SMART agreements, scenarios, regie, checklist, versions. */
@org.springframework.modulith.ApplicationModule(displayName = "Verslag")
package nl.doorbraak.verslag;
