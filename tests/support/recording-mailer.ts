import type { Email, Mailer } from '../../src/core/notifications';

/** Records emails; can be told to fail, as an unreachable mail server would. */
export class RecordingMailer implements Mailer {
	sent: Email[] = [];
	failing = false;
	async send(email: Email) {
		if (this.failing) throw new Error('connection refused');
		this.sent.push(email);
	}
	to(address: string) {
		return this.sent.filter((email) => email.to === address);
	}
}
