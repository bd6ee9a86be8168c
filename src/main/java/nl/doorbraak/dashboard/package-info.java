/** The coordinator's region dashboard: how many cases are in each phase and which need attention, each with its list. */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package nl.doorbraak.dashboard;
