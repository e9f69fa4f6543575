package io.ordertrail.platform.csv;

/**
 * A CSV file was imported, all of it, in the transaction that fires this: what it held ("products", "prices",
 * "customers", "stock counts"), how many rows, and the file's text, which the records keep as it was.
 */
public record ImportWasMade(String what, int rows, String csv) {}
