package nl.doorbraak.region.internal;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import nl.doorbraak.region.Werkwijze;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Jakarta Bean Validation of a werkwijze, reporting the first violation with the field path as the file spells it. */
class ConstraintCheck {

    private static final Map<String, String> PROBLEMS = Map.of(
            "NotNull", "ontbreekt", "NotBlank", "ontbreekt", "NotEmpty", "ontbreekt of is leeg",
            "Positive", "moet groter zijn dan 0", "PositiveOrZero", "mag niet negatief zijn",
            "Pattern", "alleen kleine letters, cijfers en streepjes", "Email", "geen geldig e-mailadres");

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    void check(String file, Werkwijze werkwijze) {
        Optional<ConstraintViolation<Werkwijze>> first = validator.validate(werkwijze).stream()
                .min(Comparator.comparing((ConstraintViolation<Werkwijze> v) -> v.getPropertyPath().toString()));
        first.ifPresent(violation -> {
            throw new WerkwijzeException(file, yamlPath(violation.getPropertyPath()), problem(violation));
        });
    }

    private static String problem(ConstraintViolation<?> violation) {
        if (!violation.getMessageTemplate().startsWith("{")) {
            return violation.getMessage(); // a field's own Dutch message says more than the general one
        }
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return PROBLEMS.getOrDefault(constraint, violation.getMessage());
    }

    /** Rewrites a path of Java component names into the file's (Dutch) keys, e.g. {@code tafels[0].cadans}. */
    static String yamlPath(Path path) {
        StringBuilder result = new StringBuilder();
        Class<?> current = Werkwijze.class;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                result.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.PROPERTY || node.getName() == null) {
                continue;
            }
            Field field = field(current, node.getName());
            result.append(result.isEmpty() ? "" : ".").append(yamlName(field, node.getName()));
            current = field == null ? Object.class : valueClass(field);
        }
        return result.toString();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String yamlName(Field field, String javaName) {
        JsonProperty property = field == null ? null : field.getAnnotation(JsonProperty.class);
        return property == null ? javaName : property.value();
    }

    private static Class<?> valueClass(Field field) {
        if (Collection.class.isAssignableFrom(field.getType())
                && field.getGenericType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (element instanceof Class<?> elementClass) {
                return elementClass;
            }
        }
        return field.getType();
    }
}
