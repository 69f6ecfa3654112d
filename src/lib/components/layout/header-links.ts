import type { MessageKey } from '$i18n';

/** What the header reads from the root layout's data (src/routes/+layout.server.ts). */
export interface HeaderData {
	actor?: { pseudonym: string; isInstanceAdmin: boolean } | null;
	unread?: number;
	notifications?: number;
	/** Null when the person coordinates nothing. */
	pendingJoins?: number | null;
	/** Null when the person is a peer supporter nowhere: then no "Espace pair-aidant" link. */
	contactRequests?: number | null;
	/** Null when the person moderates nothing. */
	openReports?: number | null;
}

export interface HeaderLink {
	href: string;
	label: string;
	/** What waits there, in words ("2 non lus"); empty when nothing does. */
	badge: string;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const count = (value: number | null | undefined) => (typeof value === 'number' && value > 0 ? value : 0);

/** The header's links for this person, each with what waits there. */
export function headerLinks(data: HeaderData, t: Translate): HeaderLink[] {
	const link = (href: string, label: string, badge = ''): HeaderLink => ({ href, label, badge });
	const links = [
		link('/', t('layout.nav.home')),
		link('/organisations', t('layout.nav.organisations')),
		link('/savoirs', t('contribution.nav'))
	];
	const actor = data.actor;
	if (actor) {
		const unread = count(data.unread);
		// Coordinators find the pending join requests on the notifications page.
		const notifications = count(data.notifications) + count(data.pendingJoins);
		const contactRequests = count(data.contactRequests);
		links.push(
			link('/trouver-un-pair', t('layout.nav.findPeer')),
			link(
				'/conversations',
				t('layout.nav.messages'),
				unread ? t('layout.nav.unread', { count: unread }) : ''
			),
			link(
				'/notifications',
				t('header.notifications'),
				notifications ? t('header.waitingBadge', { count: notifications }) : ''
			)
		);
		if (typeof data.contactRequests === 'number')
			links.push(
				link(
					'/espace-pair-aidant',
					t('layout.nav.supporter'),
					contactRequests ? t('header.contactRequestsBadge', { count: contactRequests }) : ''
				)
			);
		links.push(link('/mon-plan', t('plan.nav')));
		links.push(link('/profil', t('layout.nav.profile')), link('/compte', t('layout.nav.account')));
	}
	if (typeof data.openReports === 'number') {
		const reports = count(data.openReports);
		links.push(
			link('/moderation', t('moderation.nav'), reports ? t('moderation.badge', { count: reports }) : '')
		);
	}
	if (actor?.isInstanceAdmin) links.push(link('/admin', t('layout.nav.admin')));
	return links;
}

/** Everything that waits for the person, summed for the closed menu's badge. */
export function waitingTotal(data: HeaderData): number {
	if (!data.actor) return 0;
	return (
		count(data.unread) +
		count(data.notifications) +
		count(data.pendingJoins) +
		count(data.contactRequests) +
		count(data.openReports)
	);
}
