/** Pages for referrals, the vooroverleg and case files. */
package nl.doorbraak.casefile.web;
