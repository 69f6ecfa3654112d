import { isLocale, translate } from '../../i18n';
import type { Email } from './mailer';

/**
 * The staff's alert, in their language: reports wait in the moderation queue. Nothing about them (no
 * reason, no person, no organisation, no count); discreet, it is the same neutral email as the digest's.
 */
export function moderationAlertEmail(options: {
	to: string;
	locale: string;
	discreet: boolean;
	siteUrl: string;
}): Email {
	const locale = isLocale(options.locale) ? options.locale : 'fr';
	const siteUrl = options.siteUrl.replace(/\/+$/, '');
	const kind = options.discreet ? 'discreet' : 'moderation';
	return {
		to: options.to,
		subject: translate(locale, `notifications.email.${kind}.subject`),
		text: translate(locale, `notifications.email.${kind}.body`, {
			url: options.discreet ? `${siteUrl}/` : `${siteUrl}/moderation`,
			settings: `${siteUrl}/compte#notifications`
		})
	};
}
