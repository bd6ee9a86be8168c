package nl.doorbraak.organisation;

/** The Dutch school types: primary, special, special primary, secondary, special secondary, vocational. */
public enum SchoolType {
    PO, SO, SBO, VO, VSO, MBO
}
