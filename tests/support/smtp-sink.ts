import { SMTPServer } from 'smtp-server';

/** One email as the sink received it (raw RFC 5322 text). */
export interface ReceivedEmail {
	from: string;
	to: string[];
	raw: string;
}

/**
 * A tiny SMTP server on 127.0.0.1 and a random port that accepts any login and keeps what it receives:
 * lets a test check that emails really go through SMTP_URL.
 */
export async function startSmtpSink(): Promise<{
	url: string;
	received: ReceivedEmail[];
	close(): Promise<void>;
}> {
	const received: ReceivedEmail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((recipient) => recipient.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				callback();
			});
		}
	});
	const port = await new Promise<number>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
	});
	return {
		url: `smtp://test:secret@127.0.0.1:${port}`,
		received,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
