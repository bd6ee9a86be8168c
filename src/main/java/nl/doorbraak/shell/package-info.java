/** The Dutch page shell: layout, navigation by role, home, help and error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package nl.doorbraak.shell;
