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
export { notify, notifyAll, type NotifyInput } from './notify';
export { NOTIFICATION_KINDS, NOTIFICATIONS_PER_PAGE, type NotificationKindName } from './kinds';
export { listNotifications, ListNotificationsSchema, type ShownNotification } from './list-notifications';
export { markNotificationsRead, MarkNotificationsReadSchema } from './mark-notifications-read';
export {
	coordinatedOrganisationIds,
	listPendingJoinRequests,
	type PendingJoinRequest
} from './list-pending-join-requests';
