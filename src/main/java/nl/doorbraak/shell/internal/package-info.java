/** The shell's own start page tiles: the administrator's, the privacy officer's and the help page. */
package nl.doorbraak.shell.internal;
