package org.newsroom.cms.plugin.api;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Checks request bodies bound to records with Jakarta Bean Validation annotations ({@code @NotBlank},
 * {@code @Size}…), answering like the core: a missing body is a 400, broken constraints a 422 listing
 * every bad field by its JSON name.
 * <pre>{@code
 * record NewTag(@NotBlank @Size(max = 100) String name) {}
 * @POST public Response create(NewTag body) { Bodies.valid(body); … }
 * }</pre>
 */
public final class Bodies {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private Bodies() {
    }

    /** @return the body, once it is present and every constraint holds */
    public static <T> T valid(T body) {
        if (body == null) {
            throw PluginException.badRequest("Send a JSON object as the request body.");
        }
        Validator validator = FACTORY.getValidator();
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            throw PluginException.invalid(errors);
        }
        return body;
    }

    /** The JSON name of a violated value: {@code items[1].role}, {@code names[2]}. */
    private static String field(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) { // the index is the node's position in its parent container
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    name.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.toString();
    }
}
