/**
 * Notifications to staff (issue 17): what is assigned to a person or their team (a flagged order waiting for a
 * manager, a special request decided, a note for a team, a failed confirmation) is kept for each of them and reaches
 * their open pages as a badge. Above the capabilities whose events it hears; none of them knows it.
 */
package io.ordertrail.notifications;
