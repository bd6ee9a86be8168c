/** The case domain (state machine, access, consent and referral rules) and its services and storage. */
package nl.doorbraak.casefile.internal;
