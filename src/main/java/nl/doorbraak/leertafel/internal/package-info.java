/** The leertafel's hidden parts: membership, sessions, anonymous cases and who may reach them. */
package nl.doorbraak.leertafel.internal;
