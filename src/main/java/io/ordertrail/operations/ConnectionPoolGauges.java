package io.ordertrail.operations;

import io.ordertrail.platform.Resources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The database connection pool in {@code /metrics}: connections in use, free, the pool's maximum and the callers
 * waiting for one. An admin sees the pool run dry before orders start to fail.
 *
 * <p>Payara Micro 6.2025.10 offers no public route to these figures for Ordertrail's pool, which the application
 * declares itself ({@link Resources}, {@code @DataSourceDefinition}):
 *
 * <ul>
 *   <li>its vendor metrics {@code connection.pool.*} come from the connection-pool health check, which lists only
 *       pools defined in the server's configuration ({@code getAllJdbcResourcesName});
 *   <li>JDBC pool monitoring needs the flashlight agent, whose directory ({@code lib/monitor}) the Micro runtime
 *       does not have ("flashlight-agent.jar directory … does not exist"), and {@code --amx} is refused.
 * </ul>
 *
 * <p>So the gauges ask the pool itself, through Payara's connector runtime ({@code ConnectorRuntime.getRuntime()
 * .getPoolManager().getPool(poolInfo)}), by reflection, as Payara's own monitoring does. If a later Payara changes
 * those classes, the gauges are left out and the log says why, once; nothing else depends on them.
 */
@ApplicationScoped
public class ConnectionPoolGauges {

    private static final Logger LOG = Logger.getLogger(ConnectionPoolGauges.class.getName());

    static final String IN_USE = "ordertrail_connection_pool_in_use";
    static final String FREE = "ordertrail_connection_pool_free";
    static final String MAX = "ordertrail_connection_pool_max";
    static final String WAITING = "ordertrail_connection_pool_waiting";

    /** How Payara names the pool of a {@code @DataSourceDefinition} (read from a running 6.2025.10). */
    private static final String POOL_PREFIX = "__SYSTEM/pools/__datasource_definition/";

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "java:app/AppName")
    String applicationName;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Optional<Pool> found;
        try {
            found = Pool.find(POOL_PREFIX + applicationName + "/" + Resources.DATA_SOURCE, applicationName);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(
                    Level.WARNING,
                    "The connection pool's figures are not in /metrics: this Payara's connector runtime could not be"
                            + " read (" + e + ")",
                    e);
            return;
        }
        if (found.isEmpty()) {
            LOG.warning("The connection pool's figures are not in /metrics: Payara has no pool named " + POOL_PREFIX
                    + applicationName + "/" + Resources.DATA_SOURCE);
            return;
        }
        Pool pool = found.get();
        gauge(IN_USE, "Database connections in use", pool, Pool::inUse);
        gauge(FREE, "Database connections open and free", pool, Pool::free);
        gauge(MAX, "The connection pool's largest size", pool, Pool::max);
        gauge(WAITING, "Callers waiting for a database connection", pool, Pool::waiting);
    }

    private void gauge(String name, String description, Pool pool, ToIntFunction<Pool> figure) {
        registry.gauge(
                Metadata.builder().withName(name).withDescription(description).build(),
                pool,
                p -> figure.applyAsInt(p));
    }

    /** Ordertrail's pool in Payara's connector runtime; each figure is read when asked, or -1 if it cannot be. */
    static final class Pool {

        private final Object resourcePool;
        private final Method status;
        private final Method used;
        private final Method free;
        private final Method max;
        private final Method waitQueue;
        private final Method waitQueueLength;

        private Pool(Object resourcePool) throws ReflectiveOperationException {
            this.resourcePool = resourcePool;
            Class<?> poolType = loaded("com.sun.enterprise.resource.pool.ResourcePool");
            Class<?> statusType = loaded("com.sun.enterprise.resource.pool.PoolStatus");
            Class<?> queueType = loaded("com.sun.enterprise.resource.pool.waitqueue.PoolWaitQueue");
            this.status = poolType.getMethod("getPoolStatus");
            this.used = statusType.getMethod("getNumConnUsed");
            this.free = statusType.getMethod("getNumConnFree");
            this.max = poolType.getMethod("getMaxPoolSize");
            this.waitQueue = poolType.getMethod("getPoolWaitQueue");
            this.waitQueueLength = queueType.getMethod("getQueueLength");
        }

        static Optional<Pool> find(String poolName, String applicationName) throws ReflectiveOperationException {
            Class<?> runtimeType = loaded("com.sun.enterprise.connectors.ConnectorRuntime");
            Class<?> poolInfoType = loaded("org.glassfish.resourcebase.resources.api.PoolInfo");
            Object runtime = runtimeType.getMethod("getRuntime").invoke(null);
            Object poolManager = runtimeType.getMethod("getPoolManager").invoke(runtime);
            Method getPool =
                    loaded("com.sun.enterprise.resource.pool.PoolManager").getMethod("getPool", poolInfoType);
            Constructor<?> poolInfo = poolInfoType.getConstructor(String.class, String.class, String.class);
            // an application-scoped pool is keyed by its name, its application and its module
            for (List<String> key : List.of(
                    List.of(poolName, applicationName, ""), List.of(poolName, applicationName, applicationName))) {
                Object info =
                        poolInfo.newInstance(key.get(0), key.get(1), key.get(2).isEmpty() ? null : key.get(2));
                Object pool = getPool.invoke(poolManager, info);
                if (pool != null) {
                    return Optional.of(new Pool(pool));
                }
            }
            // else the key as Payara made it: the pool manager's table, by the pool's name
            java.lang.reflect.Field table = poolManager.getClass().getDeclaredField("poolTable");
            table.setAccessible(true);
            Method name = poolInfoType.getMethod("getName");
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) table.get(poolManager)).entrySet()) {
                if (poolName.equals(name.invoke(entry.getKey()))) {
                    LOG.fine(() -> "Connection pool found as " + entry.getKey());
                    return Optional.of(new Pool(entry.getValue()));
                }
            }
            LOG.warning(() -> {
                try {
                    return "Payara's connection pools: " + ((Map<?, ?>) table.get(poolManager)).keySet();
                } catch (IllegalAccessException e) {
                    return "Payara's connection pools could not be listed: " + e;
                }
            });
            return Optional.empty();
        }

        int inUse() {
            return read(() -> (Integer) used.invoke(status.invoke(resourcePool)));
        }

        int free() {
            return read(() -> (Integer) free.invoke(status.invoke(resourcePool)));
        }

        int max() {
            return read(() -> (Integer) max.invoke(resourcePool));
        }

        int waiting() {
            return read(() -> {
                Object queue = waitQueue.invoke(resourcePool);
                return queue == null ? 0 : (Integer) waitQueueLength.invoke(queue);
            });
        }

        private interface Figure {
            Integer read() throws ReflectiveOperationException;
        }

        private static int read(Figure figure) {
            try {
                return figure.read();
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the connection pool's figures: " + e, e);
                return -1;
            }
        }

        private static Class<?> loaded(String name) throws ClassNotFoundException {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        }
    }
}
