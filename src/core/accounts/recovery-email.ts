import { isLocale, translate } from '../../i18n';
import type { Email } from '../notifications/mailer';
import { RECOVERY_LINK_MINUTES } from './recovery-policy';

/** The address of the page where a link's token sets a new password. */
export function recoveryLinkUrl(siteUrl: string, token: string): string {
	return `${siteUrl.replace(/\/+$/, '')}/connexion/nouveau-mot-de-passe/${token}`;
}

/**
 * The email that carries a recovery link, in the person's language. It never names the pseudonym (the
 * page behind the link does); discreet, it does not even name the platform, for a shared mailbox.
 */
export function recoveryEmail(options: {
	to: string;
	locale: string;
	discreet: boolean;
	siteUrl: string;
	token: string;
}): Email {
	const locale = isLocale(options.locale) ? options.locale : 'fr';
	const kind = options.discreet ? 'discreet' : 'plain';
	return {
		to: options.to,
		subject: translate(locale, `recovery.email.${kind}.subject`),
		text: translate(locale, `recovery.email.${kind}.body`, {
			url: recoveryLinkUrl(options.siteUrl, options.token),
			minutes: RECOVERY_LINK_MINUTES
		})
	};
}
