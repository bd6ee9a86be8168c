/** Opschalen: escalating a stuck case to the managers of the organisations involved, until someone decides. */
@org.springframework.modulith.ApplicationModule(displayName = "Opschalen")
package nl.doorbraak.escalation;
