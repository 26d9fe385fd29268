package org.newsroom.cms.plugins.bylines;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.newsroom.cms.plugin.api.ArticleAccess;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginConfig;
import org.newsroom.cms.plugin.api.PluginContext;

/**
 * A plugin context for unit tests: settings from a map, and a fake datasource whose queries answer with the
 * rows {@link #rows} gives for their SQL (one String column each). Records every statement run.
 */
final class FakeContext implements PluginContext {

    final Map<String, Object> config = new HashMap<>(Map.of("requireAuthorToPublish", true,
            "extraPatterns", List.of(), "defaultRole", "author"));
    Function<String, List<String>> rows = sql -> List.of();
    final List<String> statements = new ArrayList<>();

    @Override
    public String pluginId() {
        return "bylines";
    }

    @Override
    public PluginConfig config() {
        return new PluginConfig() {
            @Override
            public String string(String key) {
                return (String) config.get(key);
            }

            @Override
            public int integer(String key) {
                return (Integer) config.get(key);
            }

            @Override
            public boolean bool(String key) {
                return (Boolean) config.get(key);
            }

            @SuppressWarnings("unchecked")
            @Override
            public List<String> list(String key) {
                return (List<String>) config.get(key);
            }
        };
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("test.bylines");
    }

    @Override
    public DataSource dataSource() {
        return proxy(DataSource.class, (m, args) -> m.equals("getConnection") ? connection() : null);
    }

    @Override
    public ArticleAccess articles() {
        return new ArticleAccess() {
            @Override
            public Optional<ArticleSnapshot> find(UUID articleId) {
                return Optional.empty();
            }

            @Override
            public boolean mayEdit(UUID articleId, Caller caller) {
                return false;
            }

            @Override
            public List<ArticleSnapshot> published(List<UUID> articleIds) {
                return List.of();
            }
        };
    }

    @Override
    public Optional<Caller> caller() {
        return Optional.empty();
    }

    private Connection connection() {
        return proxy(Connection.class, (m, args) -> switch (m) {
            case "prepareStatement" -> statement((String) args[0]);
            case "getAutoCommit" -> true;
            default -> null;
        });
    }

    private PreparedStatement statement(String sql) {
        statements.add(sql);
        return proxy(PreparedStatement.class, (m, args) -> switch (m) {
            case "executeQuery" -> resultSet(rows.apply(sql));
            case "executeUpdate" -> 1;
            default -> null;
        });
    }

    private static ResultSet resultSet(List<String> values) {
        int[] at = {-1};
        return proxy(ResultSet.class, (m, args) -> switch (m) {
            case "next" -> ++at[0] < values.size();
            case "getString" -> values.get(at[0]);
            default -> null;
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(FakeContext.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    Object result = handler.handle(method.getName(), args);
                    if (result == null && method.getReturnType() == boolean.class) {
                        return false;
                    }
                    if (result == null && method.getReturnType() == int.class) {
                        return 0;
                    }
                    return result;
                }));
    }
}
