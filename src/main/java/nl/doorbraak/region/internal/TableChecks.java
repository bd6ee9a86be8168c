package nl.doorbraak.region.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.doorbraak.region.Cadence;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.TimeSlot;

/** Checks that every table's meetings can be computed and its time slot fits its maximum duration. */
class TableChecks {

    void check(String file, List<MeetingTable> tables) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            MeetingTable table = tables.get(i);
            String at = "tafels[" + i + "]";
            if (!codes.add(table.code())) {
                throw new WerkwijzeException(file, at + ".code", "komt dubbel voor");
            }
            checkCadence(file, at + ".cadans", table.cadence());
            checkDuration(file, at, table);
            if (table.fixedMembers() != null && table.fixedMembers().min() > table.fixedMembers().max()) {
                throw new WerkwijzeException(file, at + ".vasteLeden.max", "moet minstens even groot zijn als min");
            }
        }
    }

    private void checkCadence(String file, String at, Cadence cadence) {
        switch (cadence.kind()) {
            case EVERY_N_WEEKS -> {
                require(file, at + ".intervalWeken", cadence.intervalWeeks() != null && cadence.intervalWeeks() > 0,
                        "ontbreekt of is niet groter dan 0");
                require(file, at + ".weekdag", cadence.weekday() != null, "ontbreekt");
                require(file, at + ".vanaf", cadence.anchor() != null, "ontbreekt");
                require(file, at + ".vanaf", cadence.anchor().getDayOfWeek() == cadence.weekday(),
                        "valt niet op de gekozen weekdag");
                require(file, at + ".tijd", cadence.timeSlot() != null, "ontbreekt");
            }
            case FIXED_DATES -> {
                require(file, at + ".data", !cadence.dates().isEmpty(), "ontbreekt of is leeg");
                require(file, at + ".tijd", cadence.timeSlot() != null, "ontbreekt");
            }
            case ON_DEMAND -> require(file, at + ".binnenDagen", cadence.withinDays() != null && cadence.withinDays() > 0,
                    "ontbreekt of is niet groter dan 0");
        }
        TimeSlot slot = cadence.timeSlot();
        if (slot != null) {
            require(file, at + ".tijd.tot", slot.end().isAfter(slot.start()), "moet na de begintijd (van) liggen");
        }
    }

    private void checkDuration(String file, String at, MeetingTable table) {
        require(file, at + ".maxDuurMinuten", table.type() != TableType.LEERTAFEL || table.maxDurationMinutes() != null,
                "ontbreekt (verplicht voor een leertafel)");
        TimeSlot slot = table.cadence().timeSlot();
        if (slot != null && table.maxDurationMinutes() != null) {
            require(file, at + ".cadans.tijd", slot.duration().toMinutes() <= table.maxDurationMinutes(),
                    "duurt langer dan maxDuurMinuten (" + table.maxDurationMinutes() + ")");
        }
    }

    static void require(String file, String field, boolean ok, String problem) {
        if (!ok) {
            throw new WerkwijzeException(file, field, problem);
        }
    }
}
