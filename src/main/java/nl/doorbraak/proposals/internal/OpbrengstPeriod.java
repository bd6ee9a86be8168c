package nl.doorbraak.proposals.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The months an opbrengst covers, {@code van} to {@code tot} inclusive (as {@code 2026-01}). Without them: the last
 * four quarters, ending with the current one. At most three years, so the trend table stays readable on paper.
 */
public record OpbrengstPeriod(YearMonth from, YearMonth to, String problemKey) {

    static final int MAX_MONTHS = 36;

    public static OpbrengstPeriod of(String van, String tot, LocalDate today) {
        OpbrengstPeriod fallback = lastFourQuarters(today);
        if (blank(van) && blank(tot)) {
            return fallback;
        }
        Optional<YearMonth> from = blank(van) ? Optional.of(fallback.from()) : parse(van);
        Optional<YearMonth> to = blank(tot) ? Optional.of(fallback.to()) : parse(tot);
        if (from.isEmpty() || to.isEmpty()) {
            return fallback.withProblem("proposals.opbrengst.period.invalid");
        }
        if (to.get().isBefore(from.get())) {
            return fallback.withProblem("proposals.opbrengst.period.reversed");
        }
        if (from.get().plusMonths(MAX_MONTHS - 1).isBefore(to.get())) {
            return fallback.withProblem("proposals.opbrengst.period.tooLong");
        }
        return new OpbrengstPeriod(from.get(), to.get(), null);
    }

    static OpbrengstPeriod lastFourQuarters(LocalDate today) {
        int lastMonthOfQuarter = ((today.getMonthValue() - 1) / 3 + 1) * 3;
        YearMonth to = YearMonth.of(today.getYear(), lastMonthOfQuarter);
        return new OpbrengstPeriod(to.minusMonths(11), to, null);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    public boolean refused() {
        return problemKey != null;
    }

    private OpbrengstPeriod withProblem(String key) {
        return new OpbrengstPeriod(from, to, key);
    }

    private static Optional<YearMonth> parse(String text) {
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
