/** The dashboard's report read model over the case, outcome and agreement tables, and its access rules. */
package nl.doorbraak.dashboard.internal;
