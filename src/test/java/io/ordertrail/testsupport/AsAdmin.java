package io.ordertrail.testsupport;

import io.ordertrail.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** In-container tests: runs work as an administrator. */
@Stateless
@RunAs(Roles.ADMIN)
@PermitAll
public class AsAdmin extends RunAsCaller {}
