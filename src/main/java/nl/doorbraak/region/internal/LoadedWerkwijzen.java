package nl.doorbraak.region.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;

/** The werkwijzen loaded at start, immutable. */
class LoadedWerkwijzen implements Werkwijzen {

    private final List<Werkwijze> all;
    private final Map<String, Werkwijze> bySlug;

    LoadedWerkwijzen(List<Werkwijze> werkwijzen) {
        this.all = werkwijzen.stream().sorted(Comparator.comparing(Werkwijze::name)).toList();
        this.bySlug = all.stream().collect(Collectors.toUnmodifiableMap(Werkwijze::slug, Function.identity()));
    }

    @Override
    public List<Werkwijze> all() {
        return all;
    }

    @Override
    public Optional<Werkwijze> find(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }
}
