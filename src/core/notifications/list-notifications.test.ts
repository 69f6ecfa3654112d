import { describe, expect, it } from 'vitest';
import { showNotification } from './list-notifications';

type Row = Parameters<typeof showNotification>[0];

const base: Row = {
	kind: 'report.handled',
	id: 'n1',
	createdAt: new Date('2026-11-22T10:00:00Z'),
	readAt: null,
	organisationName: 'GEM Les Traboules',
	organisationSlug: 'gem-les-traboules',
	membershipId: null,
	contactId: null,
	requesterPseudonym: null,
	supporterPseudonym: null,
	accompanimentId: null,
	decisionAction: null,
	reportId: null,
	appealStatus: null
};

describe('how a notification is shown', () => {
	const cases: Array<[string, Partial<Row> & { kind: string }, object]> = [
		[
			'an approval whose membership still exists links to the organisation',
			{ kind: 'membership.approved', membershipId: 'm1' },
			{ gone: false, href: '/organisations/gem-les-traboules' }
		],
		[
			'an approval whose membership ended (the person left) is gone',
			{ kind: 'membership.approved' },
			{ gone: true, href: null }
		],
		[
			'a refusal names the organisation though the request is deleted',
			{ kind: 'membership.refused' },
			{ gone: false, organisation: { name: 'GEM Les Traboules', slug: 'gem-les-traboules' } }
		],
		[
			'a refusal from an organisation that no longer exists is gone',
			{ kind: 'membership.refused', organisationName: null, organisationSlug: null },
			{ gone: true, href: null, organisation: null }
		],
		[
			'a contact received names the requester and leads to the supporter space',
			{
				kind: 'contact.received',
				contactId: 'c1',
				requesterPseudonym: 'Camille',
				supporterPseudonym: 'Sacha'
			},
			{ pseudonym: 'Camille', href: '/espace-pair-aidant', gone: false }
		],
		[
			'an acceptance names the supporter and leads to the accompaniment',
			{ kind: 'contact.accepted', contactId: 'c1', supporterPseudonym: 'Sacha', accompanimentId: 'a1' },
			{ pseudonym: 'Sacha', href: '/accompagnements/a1' }
		],
		[
			'a decline names the supporter and leads back to finding a peer',
			{ kind: 'contact.declined', contactId: 'c1', supporterPseudonym: 'Sacha' },
			{ pseudonym: 'Sacha', href: '/trouver-un-pair' }
		],
		[
			'a contact request erased with its requester is gone, without a name',
			{ kind: 'contact.received' },
			{ gone: true, pseudonym: null, href: null }
		],
		[
			'a decision about me names its action',
			{ kind: 'moderation.decided', decisionAction: 'warn' },
			{ outcome: 'warn', href: '/compte/moderation', gone: false }
		],
		[
			'a handled report says nothing of the outcome nor of anyone',
			{ kind: 'report.handled', reportId: 'r1', supporterPseudonym: 'Sacha' },
			{ outcome: null, pseudonym: null, href: '/compte/moderation' }
		],
		['a report deleted by retention is gone', { kind: 'report.handled' }, { gone: true, href: null }],
		[
			'an appeal names its outcome',
			{ kind: 'appeal.decided', appealStatus: 'reversed' },
			{ outcome: 'reversed', gone: false }
		],
		[
			'an invitation into a group names it and leads to it',
			{ kind: 'group.invited', groupId: 'g1', groupTitle: 'Entendeurs de voix' },
			{ title: 'Entendeurs de voix', href: '/groupes/g1', gone: false }
		],
		[
			'a join request for a facilitator leads to the group members page',
			{ kind: 'group.requested', groupId: 'g1', groupTitle: 'Entendeurs de voix' },
			{ href: '/groupes/g1/membres' }
		],
		['a group deleted since is gone', { kind: 'group.approved' }, { gone: true, href: null }],
		[
			'a promotion from the waiting list names the session and when it starts',
			{
				kind: 'session.promoted',
				occurrenceId: 'o1',
				groupTitle: 'Atelier cuisine',
				occurrenceStartsAt: new Date('2026-12-08T17:00:00Z')
			},
			{ href: '/seances/o1', title: 'Atelier cuisine', startsAt: new Date('2026-12-08T17:00:00Z') }
		],
		[
			'a shared debrief note leads coordinators to the debriefings of the organisation',
			{ kind: 'debrief.shared', debriefNoteId: 'd1' },
			{ href: '/organisations/gem-les-traboules/debriefings', gone: false }
		],
		[
			'a proposed revision names the contribution and leads to its proposals',
			{
				kind: 'knowledge.revision_proposed',
				revisionStatus: 'pending',
				contributionId: 'k1',
				contributionTitle: 'Préparer la sortie',
				contributionHidden: false
			},
			{ title: 'Préparer la sortie', href: '/savoirs/k1/propositions', outcome: null, gone: false }
		],
		[
			'a decided revision says how, and does not name a contribution moderation hid',
			{
				kind: 'knowledge.revision_decided',
				revisionStatus: 'declined',
				contributionId: 'k1',
				contributionTitle: 'Préparer la sortie',
				contributionHidden: true
			},
			{ title: null, outcome: 'declined', gone: false }
		],
		['a revision deleted since is gone', { kind: 'knowledge.revision_decided' }, { gone: true, href: null }],
		[
			'an attestation issued names its organisation and leads to the activity page',
			{ kind: 'attestation.issued' },
			{
				href: '/compte/activite#attestations',
				gone: false,
				organisation: { name: 'GEM Les Traboules', slug: 'gem-les-traboules' }
			}
		],
		['an unknown kind is gone', { kind: 'session.unknown' }, { gone: true, href: null }],
		['a read notification says so', { kind: 'report.handled', readAt: new Date() }, { read: true }]
	];
	it.each(cases)('%s', (_name, row, expected) => {
		expect(showNotification({ ...base, ...row })).toMatchObject(expected);
	});
});
