package io.ordertrail.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This server among the Ordertrail servers that share one database: the name it writes on the work it claims (outbox
 * messages, confirmations) and on the scheduled jobs it holds ({@link JobLeases}).
 * <ul>
 * <li>Set {@code ordertrail.instance-name} (ORDERTRAIL_INSTANCE_NAME) to a name that stays the same across restarts,
 * such as the host and port; a server restarted under the same name goes on with what it had claimed at once.</li>
 * <li>Unset, the name is the host and the process id: a restarted server is a new member, and what the old process
 * had claimed waits until its claim runs out.</li>
 * </ul>
 */
@ApplicationScoped
@Named
public class ClusterMember {

    /**
     * The response header that names the server that answered a person signed in or a service account
     * ({@link ServedByHeader}); pages show it at their foot, too.
     */
    public static final String SERVED_BY = "X-Ordertrail-Server";

    static final String SETTING = "ordertrail.instance-name";
    private static final int MAX_LENGTH = 100;

    private final String name;

    public ClusterMember() {
        this(ConfigProvider.getConfig()
                .getOptionalValue(SETTING, String.class)
                .map(String::strip)
                .filter(configured -> !configured.isEmpty())
                .orElseGet(() -> host() + "/" + ProcessHandle.current().pid()));
    }

    ClusterMember(String name) {
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    SETTING + " is " + name.length() + " characters long; give a name of at most " + MAX_LENGTH);
        }
        this.name = name;
    }

    /** The name this server claims work under. */
    public String name() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) { // no name for this host: the process id tells its servers apart
            return "localhost";
        }
    }
}
