package nl.doorbraak.planning.internal;

import java.util.List;

import nl.doorbraak.planning.TableDateStock;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class TableDateStockReader implements TableDateStock {

    private final Werkwijzen werkwijzen;
    private final TableDateRepository dates;
    private final PlanningTime time;

    TableDateStockReader(Werkwijzen werkwijzen, TableDateRepository dates, PlanningTime time) {
        this.werkwijzen = werkwijzen;
        this.dates = dates;
        this.time = time;
    }

    @Override
    public List<String> tablesOutOfDates(String regionSlug) {
        return werkwijzen.find(regionSlug).map(TableDates::explicitTables).orElse(List.of()).stream()
                .filter(t -> dates.planned(regionSlug, t.code(), time.today(), 1).isEmpty())
                .map(MeetingTable::name).toList();
    }
}
