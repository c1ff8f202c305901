package nl.opgaveengine.bench.ours;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Profiling aid (only with {@code --sqlTiming true}, never in the measured run): wraps the DataSource and adds up,
 * per kind of statement ("insert domain_event_entry", "select domain_event_entry", "commit", …), how often it ran
 * and the wall-clock time the calling thread spent in it (including reading the result set the driver fetches).
 */
@Component
@ConditionalOnProperty(name = "bench.sql-timing", havingValue = "true")
public class SqlTiming implements BeanPostProcessor {

    private static final Pattern TABLE = Pattern.compile(
            "^\\s*(select|insert|update|delete)\\b.*?\\b(?:from|into|update)\\s+([a-z_0-9.\"]+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Map<String, LongAdder[]> STATS = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(dataSource, method, args);
                        return method.getName().equals("getConnection") ? connection((Connection) result) : result;
                    });
        }
        return bean;
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("commit") || name.equals("rollback")) {
                        long start = System.nanoTime();
                        try {
                            return invoke(target, method, args);
                        } finally {
                            add(name, System.nanoTime() - start);
                        }
                    }
                    Object result = invoke(target, method, args);
                    if (name.equals("prepareStatement") && result instanceof PreparedStatement statement) {
                        return statement((PreparedStatement) result, kind((String) args[0]));
                    }
                    if (name.equals("createStatement") && result instanceof Statement statement) {
                        return timed(statement, Statement.class, null);
                    }
                    return result;
                });
    }

    private static PreparedStatement statement(PreparedStatement target, String kind) {
        return (PreparedStatement) timed(target, PreparedStatement.class, kind);
    }

    private static Object timed(Statement target, Class<?> type, String preparedKind) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                String kind = preparedKind != null ? preparedKind
                        : args != null && args.length > 0 && args[0] instanceof String sql ? kind(sql) : "other";
                if (name.equals("executeBatch")) {
                    kind = kind + " (batch)";
                }
                long start = System.nanoTime();
                try {
                    return invoke(target, method, args);
                } finally {
                    add(kind, System.nanoTime() - start);
                }
            }
            return invoke(target, method, args);
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static String kind(String sql) {
        Matcher m = TABLE.matcher(sql);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT)
                : sql.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    private static void add(String kind, long nanos) {
        LongAdder[] s = STATS.computeIfAbsent(kind, k -> new LongAdder[]{new LongAdder(), new LongAdder()});
        s[0].increment();
        s[1].add(nanos);
    }

    public static void reset() {
        STATS.clear();
    }

    /** The statements by total time, per completed instance. */
    public static String report(long instances) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "SQL time per instance (%d instances):%n  %-55s %8s %10s %9s%n", instances, "statement", "calls",
                "ms total", "ms/call"));
        double total = STATS.values().stream().mapToLong(s -> s[1].sum()).sum() / 1e6;
        STATS.entrySet().stream().sorted(Comparator.comparingLong(e -> -e.getValue()[1].sum())).forEach(e -> {
            long calls = e.getValue()[0].sum();
            double ms = e.getValue()[1].sum() / 1e6;
            out.append(String.format(Locale.ROOT, "  %-55s %8.1f %10.2f %9.3f%n", e.getKey(),
                    calls / (double) Math.max(1, instances), ms / Math.max(1, instances), ms / Math.max(1, calls)));
        });
        out.append(String.format(Locale.ROOT, "  %-55s %8s %10.2f%n", "all SQL", "", total / Math.max(1, instances)));
        return out.toString();
    }
}
