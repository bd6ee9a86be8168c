package nl.doorbraak.verslag.internal;

import java.util.List;

/** One page of "Mijn afspraken" ({@code page} counts from 1). */
public record MyAgreementsPage(List<MyAgreementRow> rows, int page, boolean hasPrevious, boolean hasNext) {
}
