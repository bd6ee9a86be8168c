package nl.doorbraak.themes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, as {@code date_trunc('quarter', ...)} groups dates: Q1 is January to March. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(YearMonth month) {
        return of(month.atDay(1));
    }

    /** Every quarter from the one holding {@code from} up to the one holding {@code to}; empty when to is before from. */
    public static List<Quarter> between(YearMonth from, YearMonth to) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = of(from); q.compareTo(of(to)) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter minus(int quarters) {
        int index = year * 4 + (number - 1) - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** "K1 2026": the Dutch short form (kwartaal), also used in CSV headers and the chart. */
    public String label() {
        return "K" + number + " " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }
}
