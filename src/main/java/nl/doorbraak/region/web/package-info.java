/** Read-only pages for the werkwijzen (administrators) and the help page with the glossary (everyone). */
package nl.doorbraak.region.web;
