/** What can be ordered: products with their codes, names, units and list prices. */
package io.ordertrail.catalog;
