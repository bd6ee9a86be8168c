package nl.doorbraak.verslag.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.doorbraak.verslag.VerslagDocument;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of a frozen version and of the draft's sections. Its own mapper, not the web one: the stored form must
 * not change when someone tunes how the API writes JSON (dates stay ISO text, nulls stay in).
 */
@Component
public class VersionSnapshotCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    public String write(VerslagDocument document) {
        return json.writeValueAsString(document);
    }

    public VerslagDocument read(String content) {
        return json.readValue(content, VerslagDocument.class);
    }

    public String writeSections(Map<String, String> sections) {
        return json.writeValueAsString(sections);
    }

    /** Section code to text; a value that is not text (an object a later editor might store) becomes its JSON. */
    public Map<String, String> sections(String content) {
        Map<String, Object> raw = json.readValue(content == null ? "{}" : content, new TypeReference<>() { });
        Map<String, String> texts = new LinkedHashMap<>();
        raw.forEach((code, value) -> {
            if (value != null) {
                texts.put(code, value instanceof String text ? text : json.writeValueAsString(value));
            }
        });
        return texts;
    }
}
