import { describe, expect, it } from 'vitest';
import type { CrisisFrame } from './crisis-frame-grammar';
import { detectCrisisFrames } from './crisis-frames';
import { detectCrisisLanguage } from './index';

// Each frame is a structure, so each is tested with wordings no phrase list holds: other tenses and
// moods, SMS spellings, other quantities, other farewells; and with the everyday sentences that share
// its words (negation, idiom, someone else speaking, an everyday reason), which must stay quiet.

const flags = (frame: CrisisFrame, text: string) => {
	expect(detectCrisisLanguage(text).alarming, text).toBe(true);
	expect(detectCrisisFrames(text), text).toContain(frame);
};
const staysQuiet = (text: string) => {
	expect(detectCrisisLanguage(text)).toEqual({ alarming: false, categories: [] });
};

describe('the self frame: the writer + a self-killing or self-harming act, in any tense or mood', () => {
	it.each([
		'Si je me tuais ce soir, personne ne s’en rendrait compte.',
		'Et si je me foutais en l’air, ça changerait quoi ?',
		'Des fois je me dis que je pourrais me jeter sous un train et que tout s’arrêterait.',
		'J’ai pensé à me pendre dans le garage cette semaine.',
		'jvé me tuer jpp',
		'jpense que jvé me foutre en lair ce soir',
		'Je me suiciderai avant la fin du mois.',
		'Je compte faire une TS ce week-end.',
		'Si je faisais une overdose, au moins ce serait fini.',
		'J’ai déjà réfléchi à comment je me tuerais, avec quoi et où.',
		'Parfois je me demande ce que ça ferait si je sautais du balcon.',
		'What if I killed myself, would anyone notice?',
		'I keep thinking that if I jumped off the bridge it would all stop.',
		'Si je me coupais, au moins j’aurais mal ailleurs.',
		'I might cut myself tonight, I can’t cope.',
		'Il faudrait que je me tue, ce serait plus simple.',
		'et si jme jetais sous le metro',
		'jvai me tuer ce soir jsui serieu',
		'Je suis en train de faire une overdose je crois.'
	])('flags %j', (text) => flags('self', text));

	it.each([
		'je ne vais pas me tuer, rassure-toi',
		'Je me tue à le répéter à mon fils.',
		'Je vais me tuer au boulot cette semaine.',
		'Je me suis fait avoir, je me tuerais !',
		'Je pourrais me tuer pour avoir oublié son anniversaire !',
		'I could kill myself for forgetting that, lol.',
		'Je vais en finir avec ce dossier ce soir.',
		'Je vais faire une tentative de record au marathon.',
		'Si je me fous en l’air au ski encore une fois, je vends mes skis.',
		'Ma voisine dit toujours « je vais me flinguer » quand son ordi plante.',
		'Elle m’a dit « je vais me tuer » en rigolant.',
		'Ma psy m’a demandé si je voulais me tuer.',
		'Il y a dix ans j’ai fait une TS, aujourd’hui ça va beaucoup mieux.',
		'I jumped off the diving board for the first time!',
		'Je vais me couper les cheveux demain.',
		'Je suis en train de me couper les cheveux toute seule.',
		'J’ai besoin de me couper du monde quelques jours, je pars en rando.',
		'I cut myself shaving this morning.',
		'Je vais me supprimer de ce groupe WhatsApp.',
		'Je vais me buter à ce problème encore longtemps.',
		'Je me suicide au chocolat ce soir.',
		'Si je me pends au téléphone toute la soirée, ma mère va râler.',
		'J’ai pensé à me flinguer la santé avec tout ce sucre.',
		'I’m going to end things with her tonight.',
		'I want to overdose on chocolate this weekend.',
		'Je vais me jeter sous la couette.',
		'Je vais me faire une overdose de séries.',
		'jvai me tuer a la tache',
		'Je vais sauter du pont en saut à l’élastique cet été.'
	])('does not flag %j', staysQuiet);
});

describe('the dependent frame: a parent or carer afraid of harming the child they care for', () => {
	it.each([
		'J’ai peur de faire du mal à mon bébé, je n’en peux plus.',
		'Ma fille hurle depuis des heures, j’ai envie de la secouer pour qu’elle se taise.',
		'Je me retiens de le frapper, mon fils me pousse à bout.',
		'Quand ma fille crie je sens que je pourrais la frapper, ça me fait peur.',
		'Quand il pleure comme ça j’ai envie de le jeter contre le mur.',
		'Je crie sur mes enfants et j’ai peur d’aller trop loin un jour.',
		'J’ai déjà levé la main sur ma fille et j’ai peur de recommencer.',
		'I’m scared I’ll hurt my baby.',
		'I’m afraid I might snap and hurt him, the baby never stops crying.',
		'J’ai peur de moi quand je suis seule avec le bébé.',
		'Je ne supporte plus ses pleurs, je pourrais l’étouffer.',
		'Je deviens violente avec mon fils, hier je l’ai giflé trop fort.',
		'Parfois je me dis que je pourrais faire du mal au bébé.',
		'I’m worried I’ll lose my temper and hit my daughter.',
		'I nearly shook my baby last night when he wouldn’t stop crying.'
	])('flags %j', (text) => flags('dependent', text));

	it.each([
		'Je vais secouer la bouteille avant de servir, mon fils adore ce jus.',
		'J’ai peur de faire du mal à mon fils en lui disant que je divorce.',
		'Je ne veux pas faire de mal à mon bébé, je suis juste fatiguée.',
		'Mon fils a renversé son jus sur l’ordi, je vais le tuer mdr.',
		'Je vais frapper à la porte de ma fille.',
		'Mon bébé pleure, je vais le bercer.',
		'J’ai peur d’aller trop loin avec mon régime, mes enfants me le disent.',
		'I’m afraid I’ll hurt my son’s feelings if I tell him.',
		'I’m scared I’ll hurt her feelings.',
		'J’ai envie de secouer mon fils pour qu’il se réveille le matin, il dort trop.',
		'Mon fils m’a demandé de taper son exposé, je vais le taper ce soir à l’ordi.',
		'Je l’ai secoué avant de servir, mon fils adore ce jus.',
		'J’ai peur de faire du mal au bébé en lui coupant les ongles.'
	])('does not flag %j', staysQuiet);
});

describe('the means frame: an intent, a quantity and a means', () => {
	it.each([
		'J’ai mis de côté tous mes somnifères depuis un mois.',
		'Ce soir je vais avaler toutes mes pilules d’un coup.',
		'Je vais prendre 40 comprimés de Doliprane.',
		'J’ai cherché sur internet combien de cachets il faut pour ne pas se réveiller.',
		'J’ai assez de somnifères pour ne plus me réveiller.',
		'J’ai acheté des boîtes de doliprane dans trois pharmacies différentes.',
		'I’m going to take all my pills tonight.',
		'J’ai aligné tous mes cachets sur la table.',
		'I’m going to swallow every pill in the house.',
		'i might just take all of them tonight, the pills are right here'
	])('flags %j', (text) => flags('means', text));

	it.each([
		'N’oubliez pas de prendre tous vos médicaments.',
		'Il ne faut jamais prendre tout le flacon d’un coup.',
		'Je mets de côté un peu d’argent chaque mois.',
		'Je mets de côté mes médicaments périmés pour les rapporter à la pharmacie.',
		'Je prends ma boîte de Doliprane au travail au cas où.',
		'Combien de comprimés il faut prendre pour une migraine ?',
		'J’ai assez de médicaments pour la semaine.',
		'La dose mortelle de paracétamol, on l’a vue en cours d’infirmière.',
		'I take all my meds every morning with breakfast.',
		'J’ai pris tous les comprimés prescrits pour la semaine.',
		'je vais prendre toute la boîte de mouchoirs',
		'J’ai compté tous mes comprimés pour remplir le pilulier de la semaine.',
		'J’ai sorti toutes mes pilules du placard pour les rapporter à la pharmacie.',
		'I’ll take all of them, these cookies are amazing.'
	])('does not flag %j', staysQuiet);
});

describe('the intoxication frame: the means taken, or its effects felt now', () => {
	it.each([
		'J’ai tout pris, je commence à voir flou.',
		'Je viens d’avaler toute la plaquette de Lexomil.',
		'J’ai pris des cachets avec de l’alcool, tout tourne.',
		'Je les ai tous avalés, les anxiolytiques, il y a vingt minutes.',
		'J’ai bu une bouteille de vodka et pris tous mes anxiolytiques.',
		'J’ai mélangé les cachets avec le whisky.',
		'J’ai avalé les somnifères, ça commence à faire effet.',
		'Je sais pas combien j’en ai pris, je vois tout flou.',
		'G tout pris. jsuis dsl.',
		'je vien d’avaler tout mes somnifère',
		'Je suis en train d’avaler toutes mes pilules une par une.',
		'I just took all my pills and the room is spinning.'
	])('flags %j', (text) => flags('intoxication', text));

	it.each([
		'J’ai pris tous mes médicaments ce matin comme prescrit.',
		'J’ai avalé toute la boîte de chocolats, oups.',
		'J’ai tout pris pour le pique-nique, ça tourne bien.',
		'J’ai tout avalé, le gâteau était délicieux.',
		'J’ai pris mon traitement, la tête me tourne un peu, c’est un effet secondaire.',
		'Je viens de prendre deux comprimés pour la migraine.',
		'J’ai mélangé le sirop avec de l’eau pour mon fils.',
		'J’ai vidé la boîte de médicaments périmés à la pharmacie.',
		'I took all my meds this morning as usual.',
		'J’ai tout pris en photo, la boîte de Lego aussi.'
	])('does not flag %j', staysQuiet);
});

describe('the farewell frame: a leave-taking with a finality or a preparation', () => {
	it.each([
		'Je vous dis adieu, prenez soin de maman.',
		'Merci pour tout, je ne reviendrai pas.',
		'J’ai tout rangé, la lettre est sur mon bureau.',
		'Je voulais juste vous dire merci pour tout avant de partir.',
		'J’ai fait le tri dans mes affaires et donné mon chat à ma voisine.',
		'Vous n’aurez plus à vous inquiéter pour moi. Merci pour tout.',
		'Vous inquiétez pas pour moi, bientôt vous serez tranquilles pour toujours.',
		'Ma famille sera plus heureuse sans moi.',
		'I’ve written letters to everyone I love, please look after my cat.',
		'Thank you for everything, I won’t be around anymore.',
		'Je vous aime tous, pardonnez-moi.',
		'Quand vous lirez ce message, je serai déjà loin.',
		'Je laisse tout à ma sœur, merci pour tout.',
		'bye everyone, this is it'
	])('flags %j', (text) => flags('farewell', text));

	it.each([
		'Merci pour tout, à jeudi au groupe !',
		'J’ai tout rangé avant les vacances, la maison est nickel.',
		'Je quitte le groupe, merci pour tout, je reviendrai peut-être.',
		'Vous serez mieux sans moi à la réunion, je suis malade.',
		'Merci pour tout, à la semaine prochaine !',
		'Je pars en vacances, merci pour tout et prenez soin de vous.',
		'J’ai donné mes vieux jouets à mon neveu et rangé ma chambre.',
		'J’ai écrit une lettre de motivation pour le poste.',
		'Je vous laisse les clés de l’appart pendant mes vacances, prenez soin de mon chat.',
		'Goodbye everyone, see you at the next meeting!',
		'Merci pour tout, j’ai tout rangé dans le placard.',
		'Quand vous lirez ce message je serai en réunion, rappelez-moi après.',
		'Désolée pour tout ce bruit hier soir, merci pour tout votre aide.',
		'Je laisse tout à ma sœur pendant les vacances, merci pour tout.'
	])('does not flag %j', staysQuiet);
});
