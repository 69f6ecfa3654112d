import type { Mailer } from '$core/notifications';
import { log } from './logger';
import { getRuntime } from './runtime';
import { createSmtpMailer } from './smtp-mailer';

let transport: Mailer | undefined;

/**
 * The mailer of emails a request causes (account recovery), or null when the instance sends no email.
 * Its send() returns at once and the email leaves in the background: a request that sends an email must
 * not answer later than one that does not, or the delay would tell that an account exists.
 */
export function requestMailer(): { mailer: Mailer; siteUrl: string } | null {
	const mail = getRuntime().config.mail;
	if (!mail) return null;
	transport ??= createSmtpMailer(mail);
	const smtp = transport;
	return {
		siteUrl: mail.siteUrl,
		mailer: {
			async send(email) {
				void smtp
					.send(email)
					.catch((error: unknown) => log('warn', 'recovery.email-failed', { error: String(error) }));
			}
		}
	};
}
