/** Follow-up after the table: progress updates by the regiehouder, reminders about agreements and missed-update signals. */
@org.springframework.modulith.ApplicationModule(displayName = "Voortgang")
package nl.doorbraak.voortgang;
