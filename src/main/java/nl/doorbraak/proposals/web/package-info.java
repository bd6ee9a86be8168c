/** The pages of proposals and of the leertafel-opbrengst (page and PDF/UA). */
package nl.doorbraak.proposals.web;
