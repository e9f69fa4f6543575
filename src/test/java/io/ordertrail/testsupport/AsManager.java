package io.ordertrail.testsupport;

import io.ordertrail.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** In-container tests: runs work as the order processing manager. */
@Stateless
@RunAs(Roles.MANAGER)
@PermitAll
public class AsManager extends RunAsCaller {}
