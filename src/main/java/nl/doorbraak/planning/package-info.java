/** Planning: admitted cases onto a table's meeting, with participants, an independent chair and invitations. */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package nl.doorbraak.planning;
