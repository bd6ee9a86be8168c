/** Login page and the administrator's user pages: list with search, create, edit, (de)activate, unlock, password. */
package nl.doorbraak.identity.web;
