import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { contributions, organisations } from '../db/schema';
import { tagContribution } from '../core/knowledge/contribution-experiences';
import { addReadingListItem, createReadingList } from '../core/knowledge';
import { writeFirstVersion } from '../core/knowledge/versions';
import type { KnowledgeAudience, KnowledgeForm } from '../core/knowledge/vocabulary';
import type { Actor, Ctx } from '../core/shared';

type ContextFor = (actor: Actor) => Ctx;

const HOSPITALISATION = 'troubles-psychiques/hospitalisation-sans-consentement';

interface DemoContribution {
	author: Actor;
	audience: KnowledgeAudience;
	form: KnowledgeForm;
	title: string;
	body: string;
	helpedWith: string;
	easyReadSummary?: string;
	note: string;
}

/**
 * The demo's reading list: "Premiers jours après une hospitalisation" in GEM Les Traboules, public, made
 * by Louise (coordinator), with three contributions of the GEM's peers about the days after a hospital
 * stay (one public, one for members, one for the GEM). The GEM lets its knowledge be public.
 */
export async function seedDemoKnowledgeLists(
	db: Database,
	contextFor: ContextFor,
	people: { louise: Actor; sacha: Actor; camille: Actor; gemId: string }
) {
	await db.update(organisations).set({ knowledgePublic: true }).where(eq(organisations.id, people.gemId));
	const written: DemoContribution[] = [
		{
			author: people.sacha,
			audience: 'public',
			form: 'action',
			title: 'Les trois premiers jours à la maison',
			body: 'En rentrant de l’hôpital, je ne prévois **rien d’autre** que trois choses par jour : me lever, sortir dix minutes, manger un vrai repas.\n\nJ’ai collé la liste sur le frigo. Le reste peut attendre la semaine suivante.',
			helpedWith: 'Ne pas me sentir submergé·e au retour.',
			note: 'À lire en premier : pour les tout premiers jours.'
		},
		{
			author: people.camille,
			audience: 'members',
			form: 'technique',
			title: 'Retrouver le sommeil après l’hôpital',
			body: 'À l’hôpital, les horaires ne sont pas les miens. Au retour, je me couche à heure fixe, sans écran la dernière heure, et je note au réveil comment j’ai dormi.\n\n- au bout d’une semaine, je montre mes notes au médecin ;\n- si je ne dors pas, je me lève et je lis dans le salon.',
			helpedWith: 'Retrouver un rythme de sommeil en deux semaines.',
			easyReadSummary:
				'Je me couche tous les jours à la même heure. Je n’utilise pas d’écran avant de dormir. J’écris comment j’ai dormi.',
			note: 'Le sommeil revient doucement : une façon de l’aider.'
		},
		{
			author: people.sacha,
			audience: 'organisation',
			form: 'procedure',
			title: 'Préparer le premier rendez-vous au CMP après la sortie',
			body: 'Avant le rendez-vous, j’écris sur une feuille : mon traitement de sortie, ce qui va mieux, ce qui me fait peur.\n\nJe demande à un pair du GEM de m’accompagner si je n’ose pas y aller seul·e. Les permanences du mardi sont faites pour ça.',
			helpedWith: 'Oser dire au CMP ce qui n’allait pas.',
			note: 'Pour le premier rendez-vous de suivi.'
		}
	];
	const ids: string[] = [];
	for (const contribution of written) {
		const fields = {
			title: contribution.title,
			body: contribution.body,
			helpedWith: contribution.helpedWith,
			easyReadSummary: contribution.easyReadSummary ?? '',
			form: contribution.form
		};
		ids.push(
			await db.transaction(async (tx) => {
				const [row] = await tx
					.insert(contributions)
					.values({
						...fields,
						authorId: contribution.author.accountId,
						organisationId: people.gemId,
						audience: contribution.audience
					})
					.returning({ id: contributions.id });
				await tagContribution(tx, row!.id, [HOSPITALISATION]);
				await writeFirstVersion(tx, row!.id, fields, {
					editorId: contribution.author.accountId,
					at: new Date()
				});
				return row!.id;
			})
		);
	}
	const louise = contextFor(people.louise);
	const { listId } = await createReadingList(louise, {
		slug: 'gem-les-traboules',
		title: 'Premiers jours après une hospitalisation',
		introduction:
			'Quelques savoirs de pairs du GEM pour le retour à la maison, à lire dans l’ordre. Chacun·e fait à sa façon : prenez ce qui vous parle.',
		audience: 'public'
	});
	for (const [index, contributionId] of ids.entries())
		await addReadingListItem(louise, { listId, contributionId, note: written[index]!.note });
	return { listId, contributionIds: ids };
}
