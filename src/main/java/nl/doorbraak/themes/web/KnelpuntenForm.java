package nl.doorbraak.themes.web;

import java.util.LinkedHashSet;
import java.util.Set;

/** The ticked knelpunten of a case: theme ids; ids the case may not have are ignored by the service. */
public class KnelpuntenForm {

    private Set<Long> themeIds = new LinkedHashSet<>();

    public Set<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(Set<Long> themeIds) {
        this.themeIds = themeIds == null ? new LinkedHashSet<>() : themeIds;
    }
}
