export { sendNotificationDigests } from './send-notification-digests';
export { sendModerationAlerts } from './send-moderation-alerts';
export {
	setNotificationPreferences,
	getNotificationPreferences,
	SetNotificationPreferencesSchema,
	type NotificationInstance
} from './set-notification-preferences';
export { notificationEmail, type NotificationKind } from './notification-email';
export type { Email, Mailer } from './mailer';
export {
	DIGEST_INTERVAL_HOURS,
	DIGEST_QUIET_MINUTES,
	MODERATION_ALERT_INTERVAL_MINUTES,
	shouldSendDigest,
	shouldSendModerationAlert
} from './policy';
export { whatWaits, type WhatWaits } from './what-waits';
