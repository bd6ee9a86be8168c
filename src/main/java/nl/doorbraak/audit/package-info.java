/** The append-only audit log (NEN 7513): who did what to which object, when, from where, with what outcome. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.doorbraak.audit;
