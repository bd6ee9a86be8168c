/** Renders well-formed XHTML (such as a verslag from a Thymeleaf template) to an accessible PDF/UA-1 and PDF/A-3u file. */
@org.springframework.modulith.ApplicationModule(displayName = "PDF")
package nl.doorbraak.pdf;
