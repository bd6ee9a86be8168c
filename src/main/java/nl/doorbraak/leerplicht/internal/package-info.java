/** Loading the school holiday data. */
package nl.doorbraak.leerplicht.internal;
