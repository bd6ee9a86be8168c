/** Starts the embedded PostgreSQL that is the default (demo) database when no external one is configured. */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package nl.doorbraak.database;
