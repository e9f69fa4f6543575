package io.ordertrail.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * The broker's users and who may use which addresses, kept through Artemis' management address as the
 * application's own broker user (which broker.xml lets manage). Used for the ERP partners' users: the broker
 * stores their passwords (hashed) in its journal, Ordertrail never does.
 *
 * <p>The broker acts at once, whatever the caller's transaction does later: callers change the broker last, just
 * before they commit what depends on it.
 */
@ApplicationScoped
public class BrokerAccounts {

    private static final Logger LOG = Logger.getLogger(BrokerAccounts.class.getName());
    /** Artemis' code for "User … does not exist". */
    private static final String NO_SUCH_USER = "AMQ229224";

    @Inject
    BrokerManagement management;

    /** Adds the user, or gives an existing one this password and these roles. The broker hashes the password. */
    public void putUser(String user, String password, List<String> roles) {
        String roleList = String.join(",", roles);
        if (userExists(user)) {
            management.invoke("broker", "resetUser", user, password, roleList, false);
        } else {
            management.invoke("broker", "addUser", user, password, roleList, false);
        }
        LOG.info(() -> "Broker user " + user + " set, with roles " + roleList);
    }

    /** Removes the user and closes its connections: it can no longer send or read anything. */
    public void removeUser(String user) {
        if (userExists(user)) {
            management.invoke("broker", "removeUser", user);
        }
        management.invoke("broker", "closeConnectionsForUser", user);
    }

    /**
     * Lets a role read (consume, browse, make queues under) the addresses matching the pattern, which only the
     * application may send to. Replaces what the pattern allowed before.
     */
    public void allowReading(String addressMatch, String role, String applicationRole) {
        String reader = role + "," + applicationRole;
        management.invoke("broker", "removeSecuritySettings", addressMatch);
        management.invoke(
                "broker",
                "addSecuritySettings",
                addressMatch,
                applicationRole, // send
                reader, // consume
                reader, // createDurableQueue
                reader, // deleteDurableQueue
                reader, // createNonDurableQueue
                reader, // deleteNonDurableQueue
                applicationRole, // manage
                reader, // browse
                reader, // createAddress
                reader); // deleteAddress
    }

    /** Takes back what {@link #allowReading} allowed on the pattern. */
    public void forgetReading(String addressMatch) {
        management.invoke("broker", "removeSecuritySettings", addressMatch);
    }

    private boolean userExists(String user) {
        // the answer is a JSON array holding the list as a JSON string: [ "[{\"username\":\"…\",…}]" ]
        try {
            String listed = management.invoke("broker", "listUser", user);
            return listed != null && listed.contains("username");
        } catch (BrokerManagement.BrokerRefused refused) {
            if (refused.getMessage().contains(NO_SUCH_USER)) {
                return false;
            }
            throw refused;
        }
    }
}
