package nl.doorbraak.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Session attributes are stored with Java serialization, as Spring Session does. Stored sessions outlive a deploy,
 * so after an upgrade an attribute may have been written by another version of its class (Spring Security's change
 * with every minor release). Such an attribute reads as absent, instead of failing every request of that session:
 * the user is then simply not logged in any more.
 */
final class StoredSessionAttributes {

    private static final Logger log = LoggerFactory.getLogger(StoredSessionAttributes.class);

    private StoredSessionAttributes() {
    }

    static GenericConversionService conversions(ClassLoader classLoader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        conversions.addConverter(byte[].class, Object.class, (Converter<byte[], Object>) bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException unreadable) {
                log.warn("A stored session attribute could not be read and is ignored: {}", unreadable.getMessage());
                return null;
            }
        });
        return conversions;
    }
}
