/** The leertafel's pages for members, the chair and the region's coordinators. */
package nl.doorbraak.leertafel.web;
