/** The pages of the themes module: the region's list, the trends, and the knelpunten of a case. */
package nl.doorbraak.themes.web;
