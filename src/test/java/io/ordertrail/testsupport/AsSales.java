package io.ordertrail.testsupport;

import io.ordertrail.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** In-container tests: runs work as a sales user. */
@Stateless
@RunAs(Roles.SALES)
@PermitAll
public class AsSales extends RunAsCaller {}
