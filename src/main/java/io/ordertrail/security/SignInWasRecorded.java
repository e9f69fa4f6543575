package io.ordertrail.security;

/** A sign-in, a refused one, a lock or a sign-out was recorded. */
public record SignInWasRecorded(SignInEvent event) {}
