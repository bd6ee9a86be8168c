/** Small shared kernel: settings every module may read, such as whether this is a demo environment. */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.doorbraak.common;
