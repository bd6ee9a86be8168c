/** The regions and their werkwijzen (ways of working), loaded and validated from configuration files. */
@org.springframework.modulith.ApplicationModule(displayName = "Region")
package nl.doorbraak.region;
