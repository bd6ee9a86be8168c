/** The leertafel: fixed members, sessions and anonymous cases, so a region learns from its cases without seeing a child. */
@org.springframework.modulith.ApplicationModule(displayName = "Leertafel")
package nl.doorbraak.leertafel;
