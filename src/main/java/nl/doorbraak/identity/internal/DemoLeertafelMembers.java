package nl.doorbraak.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import nl.doorbraak.common.Role;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.Werkwijze;

/**
 * Demo only: a leertafel sits with 8 to 10 fixed members, so a region whose werkwijze has a leertafel gets eight
 * more leertafel accounts besides {@code leertafel-<region>}: {@code leertafel-<region>-2} to {@code -9}, with
 * fictional names (the leertafel demo makes them members, each with a discipline of the seed).
 */
final class DemoLeertafelMembers {

    static final List<String> NAMES = List.of("Fenna Dijkgraaf", "Jurre Kolkman", "Ilse Oudendijk",
            "Wessel Brouwers", "Noor van Hamersveld", "Thijs Raaijmakers", "Esmee Wijnhoven", "Ruben Keulemans");

    private DemoLeertafelMembers() {
    }

    static List<UserDraft> of(Werkwijze werkwijze) {
        if (werkwijze.tables().stream().noneMatch(t -> t.type() == TableType.LEERTAFEL)) {
            return List.of();
        }
        return IntStream.range(0, NAMES.size()).mapToObj(i -> {
            String username = "leertafel-" + werkwijze.slug() + "-" + (i + 2);
            return new UserDraft(username, NAMES.get(i), username + "@demo.doorbraak.example", null,
                    Set.of(werkwijze.slug()), Set.of(Role.LEERTAFEL));
        }).toList();
    }
}
