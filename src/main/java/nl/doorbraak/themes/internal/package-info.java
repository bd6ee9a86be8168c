/** The themes module's storage, access rules and page services. */
package nl.doorbraak.themes.internal;
