/** Progress updates, the daily reminder and missed-update jobs, and their mail; reads the verslag tables, never writes them. */
package nl.doorbraak.voortgang.internal;
