package io.ordertrail.security;

/** A staff or service account was created or changed: roles, name, email, password, enabled. */
public record AccountWasChanged(AccountChange change) {}
