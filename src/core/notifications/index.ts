export { sendNotificationDigests } from './send-notification-digests';
export {
	setNotificationPreferences,
	getNotificationPreferences,
	SetNotificationPreferencesSchema,
	type NotificationInstance
} from './set-notification-preferences';
export { digestEmail } from './digest-email';
export type { Email, Mailer } from './mailer';
export { DIGEST_INTERVAL_HOURS, DIGEST_QUIET_MINUTES, shouldSendDigest } from './policy';
