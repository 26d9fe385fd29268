package org.newsroom.cms.web.rest.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters a resource method takes, read from its declaration: {@code @QueryParam} on the
 * method's parameters, on the resource class's fields and setters, and inside {@code @BeanParam} beans, in
 * declaration order. Read once per method: the answer is known when the class is compiled, so the list a 400
 * names and the list the OpenAPI document shows can never drift apart.
 */
public final class QueryParameters {

    /** The answer depends on the class too (its fields and setters): one method may serve two resources. */
    private record Target(Class<?> resourceClass, Method method) {
    }

    private static final Map<Target, Set<String>> DECLARED = new ConcurrentHashMap<>();

    private QueryParameters() {
    }

    /** The names {@code method} (matched on an instance of {@code resourceClass}) reads from the query string. */
    public static Set<String> of(Class<?> resourceClass, Method method) {
        return DECLARED.computeIfAbsent(new Target(resourceClass, method),
                t -> Collections.unmodifiableSet(read(t.resourceClass(), t.method())));
    }

    private static Set<String> read(Class<?> resourceClass, Method method) {
        Set<String> names = new LinkedHashSet<>();
        // a CDI proxy subclass overrides the method without its annotations: read the declaring chain too
        for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
            declaredMethod(c, method).ifPresent(m -> parameters(m.getParameterAnnotations(), m.getParameterTypes(), names));
        }
        parameters(method.getParameterAnnotations(), method.getParameterTypes(), names);
        Class<?> owner = resourceClass != null ? resourceClass : method.getDeclaringClass();
        members(owner, names);
        return names;
    }

    private static java.util.Optional<Method> declaredMethod(Class<?> c, Method method) {
        try {
            return java.util.Optional.of(c.getDeclaredMethod(method.getName(), method.getParameterTypes()));
        } catch (NoSuchMethodException e) {
            return java.util.Optional.empty();
        }
    }

    private static void parameters(Annotation[][] annotations, Class<?>[] types, Set<String> names) {
        int offset = types.length - annotations.length; // an inner class's constructor has its outer instance first
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof BeanParam) {
                    bean(types[i + offset], names);
                }
            }
        }
    }

    /** Fields and setters of a resource class or bean, up its superclasses. */
    private static void members(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                element(f, f.getType(), names);
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.getParameterCount() == 1 && m.getName().startsWith("set")) {
                    element(m, m.getParameterTypes()[0], names);
                }
            }
        }
    }

    private static void element(AnnotatedElement element, Class<?> type, Set<String> names) {
        QueryParam q = element.getAnnotation(QueryParam.class);
        if (q != null) {
            names.add(q.value());
        } else if (element.isAnnotationPresent(BeanParam.class)) {
            bean(type, names);
        }
    }

    private static void bean(Class<?> type, Set<String> names) {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            parameters(c.getParameterAnnotations(), c.getParameterTypes(), names);
        }
        members(type, names);
    }
}
