/** Loading, validating and synchronising the werkwijze files; the region catalog backed by them. */
package nl.doorbraak.region.internal;
