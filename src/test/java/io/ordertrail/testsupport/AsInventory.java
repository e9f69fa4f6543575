package io.ordertrail.testsupport;

import io.ordertrail.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** In-container tests: runs work as an inventory user. */
@Stateless
@RunAs(Roles.INVENTORY)
@PermitAll
public class AsInventory extends RunAsCaller {}
