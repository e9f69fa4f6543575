/**
 * Oversight and periodic review (SOP section 6, the order processing manager's role): each person's work as counts
 * on their home page, what is stuck, and, over a period, how the order desk did. Above the capabilities it adds up;
 * none of them knows it.
 */
package io.ordertrail.review;
