import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, organisations } from '../db/schema';
import { createContribution, linkContributions, updateContribution } from '../core/knowledge';
import { RecordingEventSink, systemClock, type Actor, type Ctx } from '../core/shared';

const ctxFor = (db: Database, actor: Actor): Ctx => ({
	db,
	actor,
	clock: systemClock,
	events: new RecordingEventSink()
});

/**
 * Experiential knowledge written by the GEM Les Traboules' demo members, in the five forms: a technique
 * (with a second version), a procedure with an easy-read summary on the public web (the GEM allows it),
 * a lived path behind a content warning, signed "un·e pair", a relative's understanding, an action. Looks
 * the people and the GEM up by name: when the demo accounts are absent, nothing is written.
 */
export async function seedDemoKnowledge(db: Database): Promise<void> {
	const people = await db
		.select({
			accountId: accounts.id,
			pseudonym: accounts.pseudonym,
			isInstanceAdmin: accounts.isInstanceAdmin
		})
		.from(accounts)
		.where(inArray(accounts.pseudonym, ['Camille', 'Sacha', 'Yanis', 'Marin', 'Louise']));
	const [gem] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.slug, 'gem-les-traboules'));
	const person = (name: string) => people.find((row) => row.pseudonym === name);
	const [camille, sacha, yanis, marin, louise] = ['Camille', 'Sacha', 'Yanis', 'Marin', 'Louise'].map(person);
	if (!gem || !camille || !sacha || !yanis || !marin || !louise) return;
	await db.update(organisations).set({ knowledgePublic: true }).where(eq(organisations.id, gem.id));
	const write = (actor: Actor, fields: Parameters<typeof createContribution>[1]) =>
		createContribution(ctxFor(db, actor), { organisationId: gem.id, ...fields });

	const notebook = await write(camille, {
		title: 'Repérer quand les voix montent : mon carnet des signaux',
		form: 'technique',
		audience: 'organisation',
		experienceIds: ['troubles-psychiques/entente-de-voix'],
		helpedWith: 'Anticiper les soirées difficiles au lieu de les subir',
		body: [
			'Pendant un mois, j’ai noté chaque soir trois choses : mes heures de sommeil, si j’avais vu quelqu’un, et comment étaient les voix (de 0 à 5).',
			'Au bout de quelques semaines, j’ai vu que les voix montaient **deux jours après** une mauvaise nuit, pas le jour même. Ça m’a donné du temps pour m’organiser :',
			'- prévenir une personne de confiance ;\n- garder la soirée calme, sans écran tard ;\n- avoir mon casque et ma musique à portée de main.',
			'Ce n’est pas une recette : chez moi, c’est le sommeil ; chez d’autres, ce sera autre chose. L’idée, c’est de chercher *votre* signal.'
		].join('\n\n')
	});
	await updateContribution(ctxFor(db, camille), {
		contributionId: notebook.id,
		body: [
			'Pendant un mois, j’ai noté chaque soir trois choses : mes heures de sommeil, si j’avais vu quelqu’un, et comment étaient les voix (de 0 à 5). Un simple cahier suffit ; une appli de notes aussi.',
			'Au bout de quelques semaines, j’ai vu que les voix montaient **deux jours après** une mauvaise nuit, pas le jour même. Ça m’a donné du temps pour m’organiser :',
			'- prévenir une personne de confiance ;\n- garder la soirée calme, sans écran tard ;\n- avoir mon casque et ma musique à portée de main ;\n- en parler au groupe du mardi.',
			'Ce n’est pas une recette : chez moi, c’est le sommeil ; chez d’autres, ce sera autre chose. L’idée, c’est de chercher *votre* signal.'
		].join('\n\n'),
		note: 'Ajout : un cahier ou une appli, et le groupe du mardi'
	});

	const appointment = await write(sacha, {
		title: 'Préparer un rendez-vous chez le psychiatre en quatre étapes',
		form: 'procedure',
		audience: 'public',
		experienceIds: ['troubles-psychiques/trouble-bipolaire', 'troubles-psychiques/depression'],
		helpedWith: 'Ne plus ressortir d’un rendez-vous en ayant oublié l’essentiel',
		easyReadSummary:
			'Avant le rendez-vous, j’écris mes questions sur une feuille. J’apporte la feuille. Je peux venir avec une personne de confiance. Je demande au médecin de répéter si je ne comprends pas.',
		body: [
			'1. **La veille**, j’écris sur une feuille ce qui a changé depuis la dernière fois : sommeil, humeur, effets du traitement.',
			'2. J’ajoute **trois questions au plus**, les plus importantes en premier.',
			'3. Je demande à une personne de confiance si elle peut venir, ou au moins relire la feuille avec moi.',
			'4. Pendant le rendez-vous, je note les réponses. J’ai le droit de demander de répéter ou d’écrire un mot difficile.\n',
			'Comme pair-aidant, je propose souvent de préparer la feuille ensemble au GEM. Des infos utiles aussi sur [Psycom](https://www.psycom.org).'
		].join('\n')
	});

	const afterHospital = await write(yanis, {
		title: 'Après l’hospitalisation : mes trois premières semaines',
		form: 'lived_path',
		audience: 'members',
		byline: 'anonymous',
		contentWarnings: ['suicide'],
		experienceIds: ['troubles-psychiques/hospitalisation-sans-consentement'],
		helpedWith: 'Traverser le retour à la maison',
		body: [
			'Je suis sorti après une hospitalisation qui avait suivi des idées suicidaires. Le plus dur n’a pas été l’hôpital, mais le retour : l’appartement vide, le silence, la peur que ça recommence.',
			'Ce qui m’a tenu la première semaine : un rendez-vous fixé avant la sortie, et le GEM ouvert l’après-midi, où je pouvais juste venir boire un café sans rien expliquer.',
			'La deuxième semaine, j’ai recommencé à cuisiner une chose simple par jour. La troisième, j’ai osé parler au groupe de parole.',
			'Si vous y êtes en ce moment : le 3114 répond jour et nuit.'
		].join('\n\n')
	});

	await write(marin, {
		title: 'Comme proche, je ne peux pas tout porter',
		form: 'understanding',
		audience: 'organisation',
		experienceIds: ['proches-aidants/parent-enfant-trouble-psychique'],
		helpedWith: 'Sortir de la culpabilité de parent',
		body: [
			'J’ai longtemps cru que si mon fils allait mal, c’était que je n’en faisais pas assez. En parlant avec d’autres parents, j’ai compris une chose : **je suis un soutien, pas le soin**.',
			'Depuis, je garde un moment par semaine pour moi, et je laisse aux soignants et aux pairs leur place. Mon fils m’a dit qu’il se sentait moins surveillé.'
		].join('\n\n')
	});

	await write(louise, {
		title: 'Un rituel du matin qui tient quand tout vacille',
		form: 'action',
		audience: 'members',
		experienceIds: ['troubles-psychiques/depression'],
		helpedWith: 'Se lever les jours sans énergie',
		body: 'Ouvrir la fenêtre, boire un verre d’eau, mettre une chanson que j’aime. Trois gestes, pas plus : les jours sans énergie, je ne me demande pas d’en faire davantage, et ces trois-là suffisent à lancer la journée.'
	});

	await linkContributions(ctxFor(db, sacha), { fromId: appointment.id, toId: notebook.id, kind: 'see_also' });
	await linkContributions(ctxFor(db, yanis), {
		fromId: afterHospital.id,
		toId: appointment.id,
		kind: 'builds_on'
	});
}
