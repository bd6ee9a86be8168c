/** Users, organisations' people, roles and login: who someone is and what their roles allow. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package nl.doorbraak.identity;
