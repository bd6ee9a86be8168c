/** Case files: the referral (aanmelding), triage (vooroverleg), consent and who may see a case. */
@org.springframework.modulith.ApplicationModule(displayName = "Casefile")
package nl.doorbraak.casefile;
