// The labelled set the crisis-language detector is measured against. This is data, not logic:
// the file is long on purpose (STYLE.md's ~200-line aim is for code).
//
// The sentences were written by hand before the lexicon, in the voice of people writing on a
// peer-support platform: short and long, with typos, SMS spellings and everyday content around them.
// The `heldOut` sentences at the end were written after the lexicon was frozen and were never used to
// tune it; their score is the honest estimate of how the detector does on text it has not seen. Once a
// held-out set has been studied to fix the detector, it joins the development part for good.
//
// Labelling choices (the detector follows them, and they are documented in detect-crisis-language.ts):
// - a relative reporting a *current* threat by someone else ("ma fille menace de se suicider ce soir")
//   is alarming: the panel's lines (3114, 15, 112) answer relatives too;
// - past and resolved experiences ("il y a dix ans je voulais mourir, aujourd'hui ça va"), bereavement,
//   prevention work, fiction and a supporter's own questions ("tu as des idées suicidaires ?") are not.

export type SentenceLanguage = 'fr' | 'en';

export interface LabelledSentence {
	text: string;
	language: SentenceLanguage;
	alarming: boolean;
	/** A non-alarming sentence built to look alarming: negation, idiom, third person, past, quotation... */
	tricky?: boolean;
	/** Written after the lexicon was frozen; never used to tune it. */
	heldOut?: boolean;
}

const alarming = (language: SentenceLanguage, text: string): LabelledSentence => ({
	text,
	language,
	alarming: true
});
const ordinary = (language: SentenceLanguage, text: string): LabelledSentence => ({
	text,
	language,
	alarming: false
});
const tricky = (language: SentenceLanguage, text: string): LabelledSentence => ({
	text,
	language,
	alarming: false,
	tricky: true
});

const ALARMING_FRENCH: LabelledSentence[] = [
	alarming('fr', 'Je veux mourir.'),
	alarming('fr', 'jveux mourir jen peux plus'),
	alarming('fr', "j'ai plu envie de vivre, ça sert à rien"),
	alarming('fr', 'Honnêtement je pense à en finir depuis quelques jours, je dors plus, je mange plus.'),
	alarming(
		'fr',
		"Bonsoir, je sais pas trop pourquoi j'écris ici mais ce soir j'ai envie de me foutre en l'air."
	),
	alarming('fr', 'j ai pris toute la boite de xanax il y a une heure'),
	alarming('fr', 'Je vais sauter du pont ce soir, je voulais juste que quelqu’un le sache.'),
	alarming('fr', "Je n'ai plus envie de vivre depuis que ma femme est partie."),
	alarming('fr', 'je me scarifie à nouveau depuis la rentrée, personne le sait'),
	alarming('fr', "Il m'a encore frappée hier soir et il a dit qu'il allait me tuer si je parlais."),
	alarming('fr', "J'ai peur pour ma vie, il est devant la porte et il crie."),
	alarming('fr', "Adieu à tous, merci pour ces mois d'échanges."),
	alarming('fr', "Vous n'aurez plus à me supporter bien longtemps."),
	alarming('fr', "J'ai écrit mes lettres d'adieu, elles sont sur le bureau."),
	alarming('fr', 'Je pense sérieusement à mettre fin à mes jours.'),
	alarming('fr', 'Parfois je me dis que tout le monde serait mieux sans moi.'),
	alarming('fr', "j'ai envie de me suicider"),
	alarming('fr', "je vais me suicidé ce weekend c'est décidé"),
	alarming('fr', "J'ai acheté une corde. Je ne sais pas pourquoi je vous dis ça."),
	alarming('fr', 'Je me suis remise à me couper, les bras surtout.'),
	alarming('fr', 'envi de mourir tout le temps, même au boulot'),
	alarming('fr', "Je suis en danger, mon ex a retrouvé mon adresse et il m'a envoyé des menaces de mort."),
	alarming('fr', 'je vois plus aucune raison de continuer à vivre'),
	alarming('fr', "Je voudrais m'endormir et ne plus jamais me réveiller."),
	alarming('fr', 'Je ne veux plus vivre comme ça, je veux que tout s’arrête.'),
	alarming('fr', "J'ai des idées suicidaires qui reviennent, surtout le soir."),
	alarming('fr', "Mes idées noires sont de retour et cette fois j'ai un plan."),
	alarming('fr', "J'ai avalé tous mes médicaments, je me sens bizarre."),
	alarming('fr', "Ce soir c'est la dernière fois que vous lisez un message de moi."),
	alarming('fr', "chui a bout j'ai envie de crever"),
	alarming('fr', 'Je me fais du mal pour ne plus rien ressentir.'),
	alarming('fr', 'mon copain me frappe quand il boit, je sais pas quoi faire'),
	alarming('fr', 'Il menace de me tuer si je pars avec les enfants.'),
	alarming('fr', "J'ai peur qu'il me tue un jour, vraiment."),
	alarming('fr', "Je suis suicidaire depuis des mois et je n'en parle à personne."),
	alarming(
		'fr',
		"J'ai fait une TS samedi, je suis sortie de l'hôpital hier et j'ai encore envie de recommencer."
	),
	alarming('fr', 'je veux juste disparaître pour toujours'),
	alarming('fr', "Je prépare tout pour partir, j'ai donné mon chat à ma sœur."),
	alarming('fr', "La vie n'a plus aucun sens pour moi, je veux en finir."),
	alarming('fr', 'je pense au suicide tous les jours'),
	alarming('fr', "Je me suis entaillé les poignets hier soir, j'ai honte."),
	alarming('fr', "J'ai des envies de me couper qui reviennent."),
	alarming('fr', "Elle m'étrangle quand elle est en colère, j'ai des marques."),
	alarming('fr', "Il a un couteau et il dit qu'il va me tuer"),
	alarming('fr', 'Je suis enfermée dans la salle de bain, il défonce la porte.'),
	alarming('fr', "ma mère me bat depuis que j'ai 12 ans et hier c'était pire"),
	alarming('fr', 'je crois que je vais me tuer'),
	alarming('fr', 'Je me sens comme un poids pour tout le monde, je vais vous libérer de moi.'),
	alarming('fr', 'Je n’en peux plus, je veux mourir, pardon à ceux que je laisse.'),
	alarming('fr', 'Jveu plus vivre'),
	alarming('fr', "j'ai pensé à me jeter sous un train ce matin sur le quai"),
	alarming('fr', "Mon fils de 16 ans m'a dit qu'il voulait se tuer, je suis perdue."),
	alarming('fr', "Ma fille menace de se suicider ce soir, elle s'est enfermée dans sa chambre."),
	alarming('fr', 'je vais me pendre'),
	alarming('fr', "J'ai stocké des médicaments au cas où."),
	alarming('fr', 'Honnêtement je serais mieux mort.'),
	alarming('fr', 'Jsuis fatigué de vivre, fatigué de tout.'),
	alarming('fr', "J'en ai marre de la vie, j'ai plus la force."),
	alarming('fr', 'Demain je ne serai plus là, prenez soin de vous.'),
	alarming('fr', "Je suis désolée pour tout, c'est mon dernier message ici."),
	alarming('fr', "Je m'automutile depuis l'adolescence et ça recommence."),
	alarming('fr', 'je me brûle avec des cigarettes quand ça va pas'),
	alarming('fr', 'Mon mari me tape dessus quand les enfants dorment.'),
	alarming('fr', 'je suis pas en sécurité chez moi'),
	alarming('fr', 'Aidez-moi il est là, il a cassé la vitre'),
	alarming('fr', 'Je songe à me foutre en l’air'),
	alarming('fr', "j'ai pris 40 comprimés de paracétamol"),
	alarming('fr', "Je voudrais mettre fin à ma vie mais j'ai peur de faire du mal à mes parents."),
	alarming('fr', "Pk je suis encore en vie... j'ai envie de plus exister"),
	alarming('fr', "J'ai tout préparé pour ce soir, la lettre est écrite."),
	alarming('fr', 'Les voix me disent de me tuer.'),
	alarming('fr', 'Si je saute du 8e personne ne me regrettera.'),
	alarming('fr', 'Je veux mourrir'),
	alarming('fr', 'je veux mouriiiir'),
	alarming('fr', 'JE VEUX EN FINIR'),
	alarming('fr', 'Plus envie de rien, plus envie de vivre.'),
	alarming('fr', 'je vais me tirer une balle'),
	alarming(
		'fr',
		"Bonjour, je suis nouvelle ici. J'ai 34 ans, deux enfants, un boulot à la mairie. Depuis mon divorce je ne dors plus, et depuis deux semaines j'ai des pensées de mort qui ne me lâchent pas."
	),
	alarming(
		'fr',
		'Désolé pour le pavé. Mon psy est en vacances, le CMP ne répond pas, et je me retrouve ce soir avec la boîte de médocs devant moi à me demander si je la prends.'
	),
	alarming(
		'fr',
		"Franchement le groupe de jeudi m'a fait du bien mais là en rentrant j'ai eu envie de me jeter par la fenêtre."
	),
	alarming('fr', 'je sais que ça va faire peur mais je veux plus être là')
];

const ALARMING_ENGLISH: LabelledSentence[] = [
	alarming('en', 'I want to die.'),
	alarming('en', 'i just wanna die tbh'),
	alarming('en', "I'm going to kill myself tonight."),
	alarming('en', "I've been thinking about ending it all."),
	alarming('en', "There's no reason to live anymore."),
	alarming('en', 'I took all my pills an hour ago.'),
	alarming('en', 'I cut myself again last night, first time in months.'),
	alarming('en', "I've been self-harming since January."),
	alarming('en', "He said he's going to kill me if I leave."),
	alarming('en', "My boyfriend hits me when he's drunk."),
	alarming('en', "I'm afraid for my life, he's outside."),
	alarming('en', 'Goodbye everyone, thank you for everything.'),
	alarming('en', "You won't have to deal with me anymore."),
	alarming('en', "I don't want to be alive anymore."),
	alarming('en', 'Everyone would be better off without me.'),
	alarming('en', 'i wish i was dead'),
	alarming('en', "I feel suicidal tonight and I don't know who to talk to."),
	alarming('en', "I'm planning to jump off the bridge near my house."),
	alarming('en', 'I wrote my suicide note this morning.'),
	alarming('en', 'i dont want to live anymore'),
	alarming('en', 'I keep having thoughts of killing myself'),
	alarming('en', "I'm not safe at home, he has a gun."),
	alarming('en', 'I want to hurt myself so badly right now'),
	alarming('en', "Can't do this anymore. Going to end my life."),
	alarming('en', "idk why i'm still here, i want to unalive myself")
];

const TRICKY_FRENCH: LabelledSentence[] = [
	// Negations and denials.
	tricky('fr', "Je ne veux pas mourir, je veux juste que la douleur s'arrête un peu."),
	tricky('fr', "je n'ai jamais pensé à me tuer, même dans les pires moments"),
	tricky('fr', "Je n'ai pas d'idées suicidaires, rassurez-vous, juste une grosse fatigue."),
	tricky('fr', 'Non, je ne pense pas au suicide, je suis juste triste.'),
	tricky('fr', "Je n'ai plus envie de mourir depuis que je suis suivie, ça change tout."),
	tricky('fr', 'Je ne me scarifie plus depuis deux ans, je suis fière de moi.'),
	tricky('fr', 'je suis pas suicidaire hein, juste épuisée'),
	// Idioms and hyperbole.
	tricky('fr', 'je meurs de rire devant cette vidéo'),
	tricky('fr', 'Je suis morte de fatigue après cette semaine.'),
	tricky('fr', "Cette série me tue, j'ai regardé toute la saison d'un coup."),
	tricky('fr', 'Ce boulot me tue à petit feu, vivement les vacances.'),
	tricky('fr', "J'ai tué le game au karaoké hier soir 😂"),
	tricky('fr', "Mon film préféré c'est « Mourir peut attendre »."),
	tricky('fr', "J'aimerais en finir avec ce dossier de la CAF avant vendredi."),
	tricky('fr', 'Je vais en finir avec le ménage et je vous rejoins.'),
	tricky('fr', "Ma mère va me tuer quand elle verra l'état de la cuisine."),
	tricky('fr', 'Je crève de chaud dans ce bus.'),
	tricky('fr', 'Je suis crevée, je vais me coucher tôt.'),
	tricky('fr', "J'ai envie de tout foutre en l'air et partir élever des chèvres en Ardèche."),
	tricky('fr', 'je me tue à le répéter : buvez de l’eau !'),
	tricky('fr', "Je vais sauter de joie si j'ai ce logement."),
	tricky('fr', "On pourrait sauter l'étape de la présentation au prochain groupe ?"),
	tricky('fr', 'Je me suis tiré une balle dans le pied en acceptant ce poste.'),
	tricky('fr', 'Je voudrais disparaître sous la couette tout le week-end.'),
	tricky('fr', "je meurs d'envie de vous revoir tous"),
	tricky('fr', "J'ai failli mourir de honte quand mon téléphone a sonné pendant la réunion."),
	tricky('fr', "Mon frère me bat toujours à Mario Kart, c'est rageant."),
	tricky('fr', 'Ma collègue me tape sur les nerfs.'),
	tricky('fr', "Ce qui me frappe dans ce groupe, c'est la bienveillance."),
	tricky('fr', 'Je me suis coupé le doigt en épluchant les patates.'),
	tricky('fr', "Il faut que j'aille me couper les cheveux."),
	tricky('fr', "J'ai besoin de me couper du monde quelques jours, je pars en rando."),
	tricky('fr', 'Je vais me faire tuer par ma prof si je rends le devoir en retard.'),
	tricky('fr', 'Je suis en danger de perdre mon logement si la CAF ne paie pas.'),
	tricky('fr', 'Je veux mourir vieille et entourée, pas seule comme ma grand-mère.'),
	tricky('fr', "J'ai pris des cachets pour la migraine, ça va mieux."),
	tricky('fr', "J'ai pris mes médicaments ce matin comme prévu."),
	tricky('fr', 'Je dois dire adieu à mon ancien appart, ça me fait un pincement.'),
	tricky('fr', "Adieu la clope ! 30 jours sans fumer aujourd'hui."),
	tricky('fr', 'Cette chaleur va me tuer.'),
	tricky('fr', 'Ce mec est un tueur au baby-foot.'),
	tricky('fr', 'Ça me tuerait de rater la sortie au musée samedi.'),
	tricky('fr', 'Le bruit des travaux me tue.'),
	tricky('fr', 'Je vais tuer le temps en lisant avant la permanence.'),
	// Talking about suicide: prevention, training, bereavement, a supporter's questions, fiction.
	tricky('fr', 'La prévention du suicide est importante, et le 3114 fait un super travail.'),
	tricky('fr', 'Je suis formé·e au 3114 et je peux orienter si besoin.'),
	tricky('fr', "Mon frère a fait une tentative l'an dernier, il va mieux maintenant."),
	tricky(
		'fr',
		"Mon père s'est suicidé il y a huit ans. Je cherche d'autres endeuillés par suicide pour échanger."
	),
	tricky('fr', 'Je fais partie d’un groupe de parole pour les proches de personnes suicidaires.'),
	tricky('fr', 'On organise une formation sentinelle sur le repérage des idées suicidaires en mars.'),
	tricky('fr', "Est-ce que tu as des idées de suicide en ce moment ? Tu peux m'en parler."),
	tricky('fr', 'Tu penses à te faire du mal ? Je suis là pour en parler.'),
	tricky('fr', "Tu as envie de mourir en ce moment ou c'est plutôt de la fatigue ?"),
	tricky('fr', 'Le documentaire sur les automutilations chez les ados était très juste.'),
	tricky('fr', "J'ai lu « Le suicide » de Durkheim pour mes partiels."),
	tricky('fr', "Dans le roman, l'héroïne veut se tuer au chapitre 3, c'est dur à lire."),
	tricky('fr', "La scarification était très présente dans mon service quand j'étais infirmière."),
	// Past and resolved.
	tricky('fr', "Il y a dix ans je voulais mourir, aujourd'hui ça va et je veux aider les autres."),
	tricky(
		'fr',
		"À 17 ans j'ai fait une tentative de suicide. Aujourd'hui je suis pair-aidante et j'en parle librement."
	),
	tricky('fr', "Quand j'étais ado je me scarifiais, c'est derrière moi maintenant."),
	tricky('fr', "J'ai longtemps eu des idées noires, mais ça fait trois ans que je vais beaucoup mieux."),
	// Distress or death words that are not a crisis.
	tricky('fr', "J'en ai marre de ce temps pourri."),
	tricky('fr', "Je suis épuisée par les démarches à la MDPH, j'en peux plus de remplir des formulaires."),
	tricky('fr', "J'ai peur de mourir pendant l'opération de mardi, c'est idiot je sais."),
	tricky('fr', 'Mon chat est mort ce matin, je suis triste.'),
	tricky('fr', 'Ma grand-mère est décédée la semaine dernière, les obsèques sont jeudi.'),
	tricky('fr', "Sa gentillesse m'a frappée dès le premier jour.")
];

const TRICKY_ENGLISH: LabelledSentence[] = [
	tricky('en', "I don't want to die, I just want things to get better."),
	tricky('en', "I've never thought about killing myself, but I get really low sometimes."),
	tricky('en', "I'm not suicidal, just exhausted."),
	tricky('en', "I'm dying to see you all at the picnic!"),
	tricky('en', 'This job is killing me, I need a holiday.'),
	tricky('en', 'The new scheduling feature is a killer app for our group.'),
	tricky('en', 'My mum is going to kill me when she sees my phone bill.'),
	tricky('en', "I'd rather die than sing karaoke again lol"),
	tricky('en', 'I cut myself shaving this morning, nothing serious.'),
	tricky('en', "We're running a workshop on suicide prevention next month."),
	tricky('en', 'My feet are killing me after that walk.'),
	tricky('en', "I'm dead tired, going to bed."),
	tricky('en', 'You killed it at the meeting today!'),
	tricky('en', "Are you having thoughts of suicide? It's okay to tell me."),
	tricky('en', 'Her brother took his own life in 2015; she volunteers with bereaved families now.'),
	tricky('en', 'My sister beats me at chess every time.'),
	tricky('en', 'I could kill for a coffee right now.'),
	tricky('en', "I lost my job and I'm in danger of losing my flat."),
	tricky('en', 'That cake was to die for.'),
	tricky('en', "Back when I was in college I wanted to kill myself, I'm in a much better place now."),
	tricky('en', "I used to self-harm as a teenager; I've been clean for five years.")
];

const ORDINARY: LabelledSentence[] = [
	ordinary('fr', "Bonjour à tous, je suis nouveau ici, j'ai un trouble bipolaire stabilisé depuis 5 ans."),
	ordinary('fr', 'Quelqu’un sait si la permanence du GEM est ouverte le samedi ?'),
	ordinary('fr', "Merci pour la séance d'hier, ça m'a fait du bien de vous entendre."),
	ordinary('fr', "J'ai enfin trouvé un psychiatre qui m'écoute, je suis soulagée."),
	ordinary('fr', 'jsp si je peux venir jeudi, mon bus est en grève'),
	ordinary('fr', "Je cherche des personnes qui vivent avec des acouphènes, c'est tellement isolant."),
	ordinary('fr', "Aujourd'hui j'ai réussi à sortir faire les courses seule, petite victoire !"),
	ordinary('fr', 'Est-ce que quelqu’un a des astuces pour le sommeil avec le traitement ?'),
	ordinary('fr', 'Je me sens mieux depuis que je viens au groupe, merci à vous.'),
	ordinary('fr', 'Ma fille a eu son bac, je suis trop fière !'),
	ordinary('fr', "C'est dur en ce moment, mais je m'accroche, je vous tiens au courant."),
	ordinary('fr', 'Je n’en peux plus de ce voisin qui fait du bruit toute la nuit.'),
	ordinary('fr', 'Je me sens un peu seule ce soir, mais ça va, j’ai appelé ma sœur.'),
	ordinary('en', 'Thanks everyone for the warm welcome, see you Thursday.'),
	ordinary('en', 'Does anyone know a good peer group for parents of autistic kids in Lyon?'),
	ordinary('en', "I've had a rough week but talking here helps a lot.")
];

// The first held-out set, written after the first lexicon was frozen. Its misses were studied and fixed
// (sentence breaks, "can't stop", se tuer à + infinitive, warning signs), so it is development now.
const FIRST_HELD_OUT: LabelledSentence[] = [
	alarming('fr', 'Je suis au bout du rouleau, ce soir je vais avaler tous mes somnifères.'),
	alarming('fr', "j'ai plus envie de me battre, je veux juste que ça se termine pour de bon"),
	alarming('fr', "Mon ex m'attend en bas de chez moi avec une barre de fer, j'ose pas sortir."),
	alarming('fr', 'je me suis ouvert le bras avec une lame hier soir, ça saigne encore'),
	alarming('fr', "Chaque nuit je m'imagine me pendre dans le garage."),
	alarming('fr', 'Bonsoir tout le monde. Je voulais vous remercier pour tout, je ne reviendrai pas. Adieu.'),
	alarming(
		'fr',
		"mon copain m'a cogné la tête contre le mur et il dit qu'il me tuera si j'appelle la police"
	),
	alarming('fr', 'Parfois je me dis que ce serait plus simple de ne plus exister.'),
	alarming('fr', 'jpeux plus, jvais sauter par la fenêtre de ma chambre'),
	alarming(
		'fr',
		"Ça fait des semaines que je pense à la mort, tous les jours, je n'arrive plus à penser à autre chose."
	),
	alarming('fr', "Ma sœur m'a appelée en pleurant, elle dit qu'elle va se foutre en l'air ce soir."),
	alarming('fr', "J'ai recommencé à me taillader les cuisses."),
	alarming('fr', 'Je me sens de trop partout, je veux disparaître une bonne fois pour toutes.'),
	alarming('fr', "Il m'a enfermée dans l'appartement et il a pris mon téléphone."),
	alarming('fr', "J'ai acheté des cachets en plus pour être sûre que ça marche cette fois."),
	alarming('en', "I can't stop thinking about killing myself."),
	alarming('en', "Tonight is the night, I've made up my mind, goodbye everyone."),
	alarming('en', "My husband strangled me last night and I'm scared to go home."),
	alarming('en', 'i keep cutting myself and i cant stop'),
	alarming('en', "Honestly I just don't want to be alive anymore, everything hurts."),
	tricky('fr', 'Je ne me suis jamais fait de mal, mais je comprends ceux qui le font.'),
	tricky('fr', "Ce film m'a achevée, j'ai pleuré du début à la fin."),
	tricky('fr', "Je vais me tuer à réviser ce week-end, l'exam est lundi."),
	tricky('fr', 'Il faut que je coupe les ponts avec ma belle-famille.'),
	tricky('fr', "J'ai sauté de joie quand j'ai reçu la réponse de la MDPH !"),
	tricky('fr', 'Ma voisine a fait une overdose il y a des années, elle est pair-aidante maintenant.'),
	tricky('fr', 'Le thème de la rencontre de mars : comment parler du suicide avec ses proches.'),
	tricky('fr', 'Tu penses à te suicider ? Tu peux appeler le 3114 à toute heure.'),
	tricky('fr', "Avant je voulais disparaître, maintenant je veux juste qu'on m'écoute."),
	tricky('fr', "J'ai une peur bleue de mourir, c'est ma principale angoisse."),
	tricky('fr', "Mon fils m'a frappé avec son ballon en jouant dans le jardin, rien de grave."),
	tricky('fr', 'Je suis en danger de burn-out si je continue à ce rythme.'),
	tricky('fr', 'Franchement je vais crever de chaud à la fête de la musique.'),
	tricky('fr', "Je n'ai aucune envie de mourir, j'ai plein de projets."),
	tricky('fr', "Je me suis fait tatouer une plume sur le poignet, je l'adore."),
	tricky('en', "I'm not going to hurt myself, I just needed to say how tired I am."),
	tricky('en', 'We lost my uncle to suicide last spring; the support group helps.'),
	tricky('en', 'That workout absolutely killed me, I can barely walk.'),
	tricky(
		'en',
		"Does anyone else get intrusive thoughts about accidents? I don't want to act on them, they just scare me."
	),
	tricky('en', "He's a killer drummer, you should hear him play.")
];

// Written with the second lexicon, to cover the families of wording the first held-out set missed:
// wishes without a wanting verb, method and means, self-harm wording, threats with a weapon, warning
// signs that count two by two, and the idioms and resolved pasts that look like them.
const WARNING_SIGN_FAMILIES: LabelledSentence[] = [
	alarming('fr', "J'aimerais juste que tout s'arrête une bonne fois pour toutes."),
	alarming('fr', 'Ça serait tellement plus facile si je mourais.'),
	alarming('fr', "J'aurais préféré ne jamais naître."),
	alarming('fr', "j'ai cherché sur internet la dose mortelle de paracétamol"),
	alarming('fr', "J'ai de quoi en finir dans le tiroir de ma table de nuit."),
	alarming('fr', 'Cette fois je vais pas me rater.'),
	alarming('fr', "Je sais pas si je vais tenir jusqu'à demain."),
	alarming('fr', "J'ai donné ma guitare à mon cousin et j'ai tout réglé pour après."),
	alarming('fr', "J'ai écrit une lettre pour chacun de mes enfants. Je ne vois plus aucune issue."),
	alarming('fr', "Je suis un poids, j'en peux plus."),
	alarming('fr', "j'ai les cachets devant moi et j'hésite à les prendre"),
	alarming('fr', 'Je me suis tailladé les avant-bras avec un cutter.'),
	alarming('fr', "J'ai craqué hier soir, je me suis coupée."),
	alarming('fr', "je me frappe jusqu'à avoir des bleus"),
	alarming('fr', 'Mon ex rôde devant chez moi avec une batte depuis ce matin.'),
	alarming('fr', "Il m'a serré le cou jusqu'à ce que je voie flou."),
	alarming('fr', "il m'a mis des coups de poing devant les enfants"),
	alarming('fr', "J'arrête pas de penser à me jeter sous un train."),
	alarming('en', "I can't stop thinking about ending it."),
	alarming('en', "I've been stockpiling my meds for weeks."),
	alarming('en', "It would be easier for everyone if I wasn't here."),
	alarming('en', 'I gave away my cat and put my affairs in order.'),
	tricky('fr', 'Je me tue à expliquer la même chose à mon fils.'),
	tricky('fr', "J'ai donné mes vêtements au Secours populaire, ça fait de la place."),
	tricky('fr', 'Merci pour tout, je ne reviendrai pas au groupe car je déménage à Lyon.'),
	tricky('fr', "J'ai les cachets devant moi, c'est l'heure de mon traitement du soir."),
	tricky('fr', 'Ce serait plus simple de vivre à la campagne, loin du bruit.'),
	tricky('fr', 'Je me suis brûlé la main avec le four en sortant le gratin.'),
	tricky('fr', 'Je me suis ouvert le genou en tombant à vélo, rien de cassé.'),
	tricky('fr', "Il m'a mis une raclée au ping-pong, je demande ma revanche."),
	tricky('fr', "J'ai arrêté de me scarifier, ça fait un an aujourd'hui."),
	tricky('fr', "Avant je pensais au suicide tous les jours, maintenant j'ai des projets."),
	tricky('fr', 'Je vais me noyer dans le travail cette semaine, trois dossiers à rendre.'),
	tricky('fr', "J'ai tout préparé pour la fête de samedi, il ne manque que le gâteau."),
	tricky('fr', 'La lettre de motivation est écrite, je l’envoie demain.'),
	tricky('fr', "Je n'arrête pas de penser à mon entretien d'embauche."),
	tricky('fr', "J'en peux plus de ces travaux, vivement qu'ils finissent."),
	tricky('fr', "Mon neveu m'a frappé avec une boule de neige, on a bien ri."),
	tricky('fr', 'Je suis nulle en cuisine, heureusement mon mari cuisine.'),
	tricky('en', "I can't stop laughing at that video."),
	tricky('en', 'I stopped cutting myself two years ago and I am proud of it.'),
	tricky('en', 'Thanks for everything you do for this group!'),
	tricky('en', 'I bought a rope for the garden swing.')
];

// Written after the second lexicon was frozen. Never used to tune it: see the file header.
const HELD_OUT: LabelledSentence[] = [
	alarming('fr', "Je tiens plus, ce soir j'avale tout ce qui reste dans l'armoire à pharmacie."),
	alarming('fr', "J'ai plus la force, je veux m'endormir et que ce soit fini."),
	alarming(
		'fr',
		"Mon beau-père est rentré saoul, il a cassé la porte de ma chambre et il dit qu'il va me défoncer."
	),
	alarming('fr', 'Je me scarifie tous les soirs depuis la rentrée, mes bras sont pleins de marques.'),
	alarming('fr', 'Personne ne remarquerait si je disparaissais, alors à quoi bon.'),
	alarming('fr', "J'ai pensé à prendre la voiture et foncer dans un arbre sur la départementale."),
	alarming('fr', 'jsuis a bout jveux plus me reveiller demain'),
	alarming('fr', "Mon mari m'a mis un couteau sous la gorge devant les enfants hier soir."),
	alarming('fr', 'Je vous écris une dernière fois pour vous dire merci. Prenez soin de vous, je vous aime.'),
	alarming('fr', "J'ai mis mes affaires en ordre et donné mon chien à ma voisine, je suis prête."),
	alarming('fr', 'Ça fait trois nuits que je regarde la corde dans le garage.'),
	alarming('fr', 'Je me brûle les bras avec un briquet pour sentir quelque chose.'),
	alarming('fr', "Ma copine m'a dit qu'elle allait se tuer ce soir et elle ne répond plus au téléphone."),
	alarming('fr', "Je suis un fardeau pour mes parents, ils seraient plus heureux si je n'existais pas."),
	alarming('fr', "Je veux crever, j'en ai marre de tout."),
	alarming('fr', 'Je ne vois plus aucune raison de rester en vie.'),
	alarming('fr', "Il m'a étranglée jusqu'à ce que je perde connaissance."),
	alarming('fr', "J'ai envie de me faire du mal, là, maintenant."),
	alarming('fr', 'Je compte sauter du haut du parking de la gare cette nuit.'),
	alarming('fr', "Jvais en finir ce week-end, c'est décidé."),
	alarming('fr', "J'ai 60 comprimés de Tercian dans mon sac, je les garde pour le jour où."),
	alarming('fr', "Depuis que j'ai perdu mon boulot je pense chaque jour à me foutre en l'air."),
	alarming(
		'fr',
		"Mon fils s'est enfermé dans la salle de bain avec un rasoir et il hurle qu'il veut mourir."
	),
	alarming(
		'fr',
		"Je ne me sens pas en sécurité, mon ex connaît mon nouveau code d'entrée et il m'a menacée hier."
	),
	alarming('en', "I'm going to take every pill in the cabinet tonight."),
	alarming('en', 'Honestly nobody would even notice if I was gone.'),
	alarming('en', "I've started cutting again and it's getting deeper."),
	alarming('en', 'My dad threatened to kill me if I tell anyone what he does.'),
	alarming('en', 'I just want to go to sleep and not wake up.'),
	alarming('en', "I've written letters to my kids and I'm ready to go."),
	alarming('en', "I'm standing on the bridge right now."),
	alarming('en', 'I keep thinking everyone would be better off if I just died.'),
	tricky('fr', "J'ai cru mourir de honte quand j'ai trébuché devant tout le monde."),
	tricky('fr', 'Mon chef va me tuer si je rends le rapport en retard.'),
	tricky('fr', "Je n'ai jamais eu envie de me faire du mal, mais je me sens très seule."),
	tricky('fr', "Ma tante s'est suicidée quand j'avais dix ans, j'en parle enfin en thérapie."),
	tricky('fr', 'Est-ce que tu as déjà pensé à te faire du mal ? Tu peux me répondre franchement.'),
	tricky('fr', "Ce film sur le harcèlement m'a retournée, le héros se coupe les veines à la fin."),
	ordinary('fr', "J'ai donné mes vieux livres à la bibliothèque du quartier."),
	tricky('fr', 'Je suis crevé, cette semaine m’a achevé.'),
	tricky('fr', "Le médecin m'a prescrit des somnifères, j'en prends un le soir."),
	tricky('fr', "Il y a cinq ans je me scarifiais, aujourd'hui je suis pair-aidante."),
	tricky('fr', 'Je vais me jeter sur le buffet, je meurs de faim.'),
	tricky('fr', "J'ai envie de tout plaquer et de partir vivre au Canada."),
	tricky('fr', "Je me suis pris une porte en pleine tête, j'ai une bosse énorme."),
	tricky('fr', "Mon frère m'a battu au Scrabble, encore une fois."),
	tricky('fr', "Je m'en veux à mort d'avoir oublié son anniversaire."),
	tricky('fr', "Merci à tous pour ce groupe, vous m'avez sauvé la vie cette année."),
	tricky('fr', "Quand ma fille m'a annoncé qu'elle était enceinte, j'ai failli tomber dans les pommes."),
	ordinary('fr', 'On pourrait parler du deuil lors de la prochaine rencontre ?'),
	tricky('fr', 'Je déteste ma vie en ce moment, le boulot, les transports, tout.'),
	tricky('fr', "Je suis à bout de nerfs avec la CAF, trois mois que j'attends."),
	tricky('fr', 'Je ne veux pas finir comme mon père, seul et malade.'),
	tricky('fr', "J'ai failli me faire renverser par un scooter ce matin, quelle frayeur."),
	tricky('fr', 'Je suis morte de rire, ce sketch est génial.'),
	tricky('fr', "Mon psy m'a demandé si j'avais déjà voulu mourir, j'ai répondu que non."),
	tricky('en', "I'd kill for a weekend off right now."),
	tricky('en', 'This heat is going to be the death of me.'),
	tricky('en', 'I nearly died laughing at the group chat last night.'),
	tricky('en', "I'm not going to do anything stupid, I promise, I just needed to vent."),
	tricky('en', "My best friend died by suicide last year and I'm training to be a crisis volunteer."),
	tricky('en', 'The knife skills class was great, I only nicked my thumb once.'),
	tricky('en', "I used to want to die every day; these days I'm mostly okay."),
	tricky('en', 'Work is killing me slowly but payday is Friday.')
];

export const CRISIS_SENTENCES: readonly LabelledSentence[] = [
	...ALARMING_FRENCH,
	...ALARMING_ENGLISH,
	...TRICKY_FRENCH,
	...TRICKY_ENGLISH,
	...ORDINARY,
	...FIRST_HELD_OUT,
	...WARNING_SIGN_FAMILIES,
	...HELD_OUT.map((sentence) => ({ ...sentence, heldOut: true }))
];
