/** Knelpunten and themes: the region's list, tags on leertafel cases and on the region's own cases, trends per quarter. */
@org.springframework.modulith.ApplicationModule(displayName = "Themes")
package nl.doorbraak.themes;
