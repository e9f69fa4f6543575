package io.ordertrail.testsupport;

import io.ordertrail.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** In-container tests: runs work as a fulfillment user. */
@Stateless
@RunAs(Roles.FULFILLMENT)
@PermitAll
public class AsFulfillment extends RunAsCaller {}
