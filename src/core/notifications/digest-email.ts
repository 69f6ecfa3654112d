import { isLocale, translate } from '../../i18n';
import type { Email } from './mailer';

/**
 * The digest email, in the person's language. It says only that something is waiting: no content, no
 * pseudonym, no organisation, no count. Discreet: not even the platform's name, for a shared mailbox.
 */
export function digestEmail(options: {
	to: string;
	locale: string;
	discreet: boolean;
	siteUrl: string;
}): Email {
	const locale = isLocale(options.locale) ? options.locale : 'fr';
	const siteUrl = options.siteUrl.replace(/\/+$/, '');
	const kind = options.discreet ? 'discreet' : 'digest';
	return {
		to: options.to,
		subject: translate(locale, `notifications.email.${kind}.subject`),
		text: translate(locale, `notifications.email.${kind}.body`, {
			url: options.discreet ? `${siteUrl}/` : `${siteUrl}/conversations`,
			settings: `${siteUrl}/compte#notifications`
		})
	};
}
