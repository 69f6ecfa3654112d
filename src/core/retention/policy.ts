/**
 * How long what is not kept "until you erase your account" is kept: one place, read by the purge job,
 * the forms that offer a choice, and the privacy page, so what the page says is what the code does.
 * Pure constants (the help-request form imports them in the browser).
 */

/** A help request stays open this many days, as its author chooses; then it closes and its words go. */
export const HELP_REQUEST_OPEN_DAYS = [7, 30, 90] as const;
export type HelpRequestOpenDays = (typeof HELP_REQUEST_OPEN_DAYS)[number];
export const DEFAULT_HELP_REQUEST_OPEN_DAYS: HelpRequestOpenDays = 30;

/** A decided report (with its notes) is kept this long after its decision, for appeals and patterns. */
export const DECIDED_REPORT_MONTHS = 12;
/** Each line of the staff access log is kept this long. */
export const STAFF_ACCESS_LOG_MONTHS = 12;

/** A notification, once read, is kept this many days (the centre's history); unread ones wait. */
export const READ_NOTIFICATION_DAYS = 90;
