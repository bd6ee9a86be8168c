/** The detectors behind the anonymity check: patterns, word lists, name scoring, and choosing between overlaps. */
package nl.doorbraak.anonymity.internal;
