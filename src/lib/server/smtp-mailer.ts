import nodemailer from 'nodemailer';
import type { Email, Mailer } from '$core/notifications';

/** Sends plain-text emails through SMTP_URL (smtp://user:password@host:587; smtps:// for implicit TLS). */
export function createSmtpMailer(options: { smtpUrl: string; from: string }): Mailer & { close(): void } {
	const transport = nodemailer.createTransport(options.smtpUrl);
	return {
		async send(email: Email) {
			await transport.sendMail({
				from: options.from,
				to: email.to,
				subject: email.subject,
				text: email.text
			});
		},
		close: () => transport.close()
	};
}
