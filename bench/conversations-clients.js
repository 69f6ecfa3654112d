// The simulated participants of bench/conversations.js: each holds one Server-Sent Events stream on its
// conversation (raw node:http, reconnecting with Last-Event-ID as a browser's EventSource does) and sends
// a message at a fixed interval, retrying with the same messageId until acknowledged.
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

// One socket per stream, and kept-alive sockets for the sends. Neither pool is capped: each simulated
// client is a browser of its own, and a cap would queue sends here and count that wait as latency.
const streamAgent = new Agent({ keepAlive: true, maxSockets: Infinity });
const sendAgent = new Agent({ keepAlive: true, maxSockets: Infinity });
const SEND_RETRY_MS = 500;

/** What every client shares: the messages sent (by id) and the figures being collected. */
export function createLedger() {
	return {
		sent: new Map(), // messageId -> { startedAt, conversationId, author, seq, acknowledgedAt }
		// { startedAt, at, ms }: when the send began, when it was acknowledged or delivered, and the gap.
		acknowledgements: [],
		deliveriesToOthers: [],
		deliveries: 0,
		duplicates: 0,
		retriedSends: 0,
		deduplicatedRetries: 0,
		sendErrors: new Map(), // reason -> count
		countError(reason) {
			this.sendErrors.set(reason, (this.sendErrors.get(reason) ?? 0) + 1);
		}
	};
}

function post(origin, path, token, body) {
	return new Promise((resolve, reject) => {
		const payload = JSON.stringify(body);
		const outgoing = request(
			`${origin}${path}`,
			{
				method: 'POST',
				agent: sendAgent,
				headers: {
					authorization: `Bearer ${token}`,
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(payload)
				}
			},
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk) => (text += chunk));
				response.on('end', () => resolve({ status: response.statusCode, text }));
				response.on('error', reject);
			}
		);
		outgoing.on('error', reject);
		outgoing.end(payload);
	});
}

export class BenchClient {
	constructor({ index, token, conversationId, origin, ledger, after = 0 }) {
		Object.assign(this, { index, token, conversationId, origin, ledger });
		this.lastSeq = after;
		this.received = []; // seqs, in arrival order
		this.connected = false;
		this.connections = 0;
		this.retryMs = 2000;
		this.stopped = false;
		this.sendCount = 0;
	}

	/** Opens the stream; resolves once the server answered with its headers. */
	connect() {
		return new Promise((resolve) => {
			const headers = { authorization: `Bearer ${this.token}`, accept: 'text/event-stream' };
			if (this.lastSeq > 0) headers['last-event-id'] = String(this.lastSeq);
			const outgoing = request(`${this.origin}/api/v1/conversations/${this.conversationId}/events`, {
				agent: streamAgent,
				headers
			});
			let ended = false;
			// Refused, cut or closed: try again after the server's `retry:` delay, as EventSource does.
			const lost = () => {
				if (ended) return;
				ended = true;
				this.connected = false;
				this.current = null;
				resolve(false);
				if (!this.stopped) setTimeout(() => !this.stopped && this.connect(), this.retryMs);
			};
			outgoing.on('response', (response) => {
				if (response.statusCode !== 200) {
					response.resume();
					response.on('end', lost);
					return;
				}
				this.connected = true;
				this.connections++;
				this.current = outgoing;
				resolve(true);
				response.setEncoding('utf8');
				let buffer = '';
				response.on('data', (chunk) => {
					buffer += chunk;
					let boundary;
					while ((boundary = buffer.indexOf('\n\n')) >= 0) {
						this.onEvent(buffer.slice(0, boundary));
						buffer = buffer.slice(boundary + 2);
					}
				});
				response.on('close', lost);
				response.on('error', () => {});
			});
			outgoing.on('error', lost);
			outgoing.end();
		});
	}

	onEvent(block) {
		let id = null;
		let event = 'message';
		let data = '';
		for (const line of block.split('\n')) {
			if (line.startsWith('id: ')) id = Number(line.slice(4));
			else if (line.startsWith('event: ')) event = line.slice(7);
			else if (line.startsWith('data: ')) data += line.slice(6);
			else if (line.startsWith('retry: ')) this.retryMs = Number(line.slice(7));
		}
		if (event !== 'message' || id === null) return;
		const now = performance.now();
		if (id <= this.lastSeq) {
			this.ledger.duplicates++;
			return;
		}
		this.lastSeq = id;
		this.received.push(id);
		this.ledger.deliveries++;
		const sent = this.ledger.sent.get(JSON.parse(data).id);
		// Latency is measured to the other participant; the author's own stream only counts as delivered.
		if (sent && sent.author !== this.index) {
			this.ledger.deliveriesToOthers.push({ startedAt: sent.startedAt, at: now, ms: now - sent.startedAt });
		}
	}

	/** Sends one message and retries it, same messageId, until acknowledged or the client stops. */
	async send() {
		const messageId = randomUUID();
		const message = {
			startedAt: performance.now(),
			conversationId: this.conversationId,
			author: this.index,
			seq: null,
			acknowledgedAt: null
		};
		this.ledger.sent.set(messageId, message);
		const body = { messageId, body: `bench message ${this.sendCount++} from client ${this.index}` };
		for (let attempt = 0; !this.stopped || attempt === 0; attempt++) {
			if (attempt > 0) this.ledger.retriedSends++;
			try {
				const response = await post(
					this.origin,
					`/api/v1/conversations/${this.conversationId}/messages`,
					this.token,
					body
				);
				if (response.status === 200 || response.status === 201) {
					message.acknowledgedAt = performance.now();
					message.seq = JSON.parse(response.text).seq;
					if (response.status === 200) this.ledger.deduplicatedRetries++;
					this.ledger.acknowledgements.push({
						startedAt: message.startedAt,
						at: message.acknowledgedAt,
						ms: message.acknowledgedAt - message.startedAt
					});
					return;
				}
				this.ledger.countError(`HTTP ${response.status}`);
				if (response.status < 500) return;
			} catch (error) {
				this.ledger.countError(error.code ?? error.message);
			}
			await new Promise((resolve) => setTimeout(resolve, SEND_RETRY_MS));
		}
	}

	/** Sends every `intervalMs`, starting after a random part of it so the load is even. */
	startSending(intervalMs) {
		this.sending = setTimeout(() => {
			void this.send();
			this.sending = setInterval(() => void this.send(), intervalMs);
		}, Math.random() * intervalMs);
	}

	stopSending() {
		clearTimeout(this.sending);
		clearInterval(this.sending);
	}

	close() {
		this.stopped = true;
		this.stopSending();
		this.current?.destroy();
	}
}
