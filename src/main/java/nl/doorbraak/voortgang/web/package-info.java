/** The progress page of a case: reading and posting progress updates. */
package nl.doorbraak.voortgang.web;
