package nl.doorbraak.shell;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The start page's tiles for one user: every module's {@link StartTaskSource} contributes, in rank order; a page
 * offered twice (two roles leading to it) is one tile, the first.
 */
@Component
public class StartTasks {

    private final List<StartTaskSource> sources;

    StartTasks(List<StartTaskSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<StartTask> of(CurrentUser user) {
        Map<String, StartTask> byPath = new LinkedHashMap<>();
        sources.stream().flatMap(source -> source.startTasks(user).stream())
                .sorted(Comparator.comparingInt(StartTask::rank).thenComparing(StartTask::path))
                .forEach(task -> byPath.putIfAbsent(task.path(), task));
        return List.copyOf(byPath.values());
    }
}
