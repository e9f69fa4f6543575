package io.ordertrail.testsupport;

import io.ordertrail.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** In-container tests: runs work with the identity of a sales user. */
@Stateless
@RunAs(Roles.SALES)
@PermitAll
public class AsSales {
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
