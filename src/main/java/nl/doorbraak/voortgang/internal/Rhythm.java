package nl.doorbraak.voortgang.internal;

/** How often the verslag agreed the regiehouder reports progress (verslag.monitoring_frequency). */
public enum Rhythm {
    WEKELIJKS(7), TWEEWEKELIJKS(14), MAANDELIJKS(31);

    private final int days;

    Rhythm(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    static Rhythm of(String frequency) {
        return frequency == null ? null : valueOf(frequency);
    }
}
