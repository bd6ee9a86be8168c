/** The leerplicht JSON endpoint. */
package nl.doorbraak.leerplicht.web;
