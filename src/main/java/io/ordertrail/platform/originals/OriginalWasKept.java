package io.ordertrail.platform.originals;

/** An original was kept about something; the audit trail links it there by its hash. */
public record OriginalWasKept(OriginalLink link) {}
