/** The administrator's pages for organisations: list with search, create, edit, (de)activate. */
package nl.doorbraak.organisation.web;
