import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../../tests/support/smtp-sink';
import { notificationEmail } from '$core/notifications';
import { createSmtpMailer } from './smtp-mailer';

describe('createSmtpMailer', () => {
	let sink: Awaited<ReturnType<typeof startSmtpSink>>;
	beforeAll(async () => {
		sink = await startSmtpSink();
	});
	afterAll(() => sink.close());

	it('really delivers a plain-text email through SMTP_URL', async () => {
		const mailer = createSmtpMailer({ smtpUrl: sink.url, from: 'Entrepairs <no-reply@example.org>' });
		await mailer.send(
			notificationEmail('digest', {
				to: 'camille@example.org',
				locale: 'fr',
				discreet: true,
				siteUrl: 'https://example.org'
			})
		);
		mailer.close();
		expect(sink.received).toHaveLength(1);
		const [email] = sink.received;
		expect(email).toMatchObject({ from: 'no-reply@example.org', to: ['camille@example.org'] });
		expect(email!.raw).toMatch(/^Subject: Nouvelle notification\r?$/m);
		expect(email!.raw).toMatch(/Content-Type: text\/plain/i);
		expect(email!.raw).toContain('https://example.org/');
	});

	it('rejects when the server cannot be reached, so the digest retries later', async () => {
		const mailer = createSmtpMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'no-reply@example.org' });
		await expect(mailer.send({ to: 'camille@example.org', subject: 'x', text: 'x' })).rejects.toThrow();
		mailer.close();
	});
});
