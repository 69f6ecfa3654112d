import { isLocale, translate, type Locale } from '../../i18n';
import type { Email } from './mailer';

/** What an email announces, and where its link leads. */
const LINKS = { digest: '/conversations', moderation: '/moderation' } as const;
export type NotificationKind = keyof typeof LINKS;

/** Besides unread messages, what a digest announces: the kinds of the new notifications, never their content. */
export interface DigestNews {
	/** Whether unread messages wait too. */
	messages: boolean;
	/** One entry per new unread notification (its kind). */
	kinds: string[];
}

// Kinds are announced in three families, so that even a count says nothing about who or where.
const FAMILY = {
	membership: 'notify.email.family.membership',
	contact: 'notify.email.family.contact',
	accompaniment: 'notify.email.family.contact',
	moderation: 'notify.email.family.moderation',
	report: 'notify.email.family.moderation',
	appeal: 'notify.email.family.moderation'
} as const;

function newsSummary(locale: Locale, news: DigestNews): string {
	const families = [
		...new Set(
			news.kinds.map(
				(kind) => FAMILY[kind.split('.')[0] as keyof typeof FAMILY] ?? 'notify.email.family.other'
			)
		)
	].map((key) => translate(locale, key));
	const parts = news.messages ? [translate(locale, 'notify.email.messages')] : [];
	parts.push(
		translate(locale, 'notify.email.notifications', { count: news.kinds.length, kinds: families.join(', ') })
	);
	return parts.join('\n');
}

/**
 * A notification email, in the person's language. It says only that something is waiting (unread
 * messages, and for a digest how many notifications of which kinds; reports or appeals for staff): no
 * content, no pseudonym, no organisation. Discreet, it is one neutral email whatever the kind, without
 * even the platform's name, for a shared mailbox (callers pass no `news` then).
 */
export function notificationEmail(
	kind: NotificationKind,
	options: { to: string; locale: string; discreet: boolean; siteUrl: string; news?: DigestNews }
): Email {
	const locale = isLocale(options.locale) ? options.locale : 'fr';
	const siteUrl = options.siteUrl.replace(/\/+$/, '');
	const settings = `${siteUrl}/compte#notifications`;
	if (options.news?.kinds.length && !options.discreet && kind === 'digest') {
		return {
			to: options.to,
			subject: translate(locale, 'notify.email.news.subject'),
			text: translate(locale, 'notify.email.news.body', {
				summary: newsSummary(locale, options.news),
				url: `${siteUrl}/notifications`,
				settings
			})
		};
	}
	const text = options.discreet ? 'discreet' : kind;
	return {
		to: options.to,
		subject: translate(locale, `notifications.email.${text}.subject`),
		text: translate(locale, `notifications.email.${text}.body`, {
			url: options.discreet ? `${siteUrl}/` : `${siteUrl}${LINKS[kind]}`,
			settings
		})
	};
}
