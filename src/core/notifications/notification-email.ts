import { isLocale, translate } from '../../i18n';
import type { Email } from './mailer';

/** What an email announces, and where its link leads. */
const LINKS = { digest: '/conversations', moderation: '/moderation' } as const;
export type NotificationKind = keyof typeof LINKS;

/**
 * A notification email, in the person's language. It says only that something is waiting (unread
 * messages; reports or appeals for staff): no content, no pseudonym, no organisation, no count. Discreet,
 * it is one neutral email whatever the kind, without even the platform's name, for a shared mailbox.
 */
export function notificationEmail(
	kind: NotificationKind,
	options: { to: string; locale: string; discreet: boolean; siteUrl: string }
): Email {
	const locale = isLocale(options.locale) ? options.locale : 'fr';
	const siteUrl = options.siteUrl.replace(/\/+$/, '');
	const text = options.discreet ? 'discreet' : kind;
	return {
		to: options.to,
		subject: translate(locale, `notifications.email.${text}.subject`),
		text: translate(locale, `notifications.email.${text}.body`, {
			url: options.discreet ? `${siteUrl}/` : `${siteUrl}${LINKS[kind]}`,
			settings: `${siteUrl}/compte#notifications`
		})
	};
}
