/** The identifier check as a JSON API for the leertafel's pages and other clients. */
package nl.doorbraak.anonymity.web;
