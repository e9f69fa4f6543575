/**
 * Demo data for the embedded setup (the README's run command and the tests): products, stock, customers and one
 * user per role. Above every capability, since it fills them all; production never enables it.
 */
package io.ordertrail.demo;
