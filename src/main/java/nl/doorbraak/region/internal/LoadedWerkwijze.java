package nl.doorbraak.region.internal;

import nl.doorbraak.region.Werkwijze;

/** A validated werkwijze with the file it came from and the SHA-256 of that file's bytes. */
record LoadedWerkwijze(String file, String sha256, Werkwijze werkwijze) {
}
