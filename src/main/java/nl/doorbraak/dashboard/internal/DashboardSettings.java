package nl.doorbraak.dashboard.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** doorbraak.dashboard.*: after how many days without any step an open case counts as quiet ("stil"). */
@ConfigurationProperties("doorbraak.dashboard")
public record DashboardSettings(@DefaultValue("14") int stilNaDagen) {
}
