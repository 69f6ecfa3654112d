/** One plain-text email. Never carries message content, a pseudonym or an organisation. */
export interface Email {
	to: string;
	subject: string;
	text: string;
}

/** The outside world's mail transport (SMTP in production, a recorder in tests). Rejects when not sent. */
export interface Mailer {
	send(email: Email): Promise<void>;
}
