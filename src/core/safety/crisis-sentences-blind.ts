import type { LabelledSentence } from './crisis-sentences';
// The blind held-out set: written on 2026-11-26 by someone who never saw the detector, its lexicon or the
// other sentences, and measured once, after the last tuning, before anyone read it. Never tuned on. When it
// is studied to fix the detector, it joins the development part (see crisis-sentences.ts) and a new blind
// set must be written for an honest figure. Data, not logic: long on purpose.
export const BLIND_HELD_OUT: LabelledSentence[] = [
	// ---------- Alarming, French ----------
	{ language: 'fr', alarming: true, text: 'je ne serai plus là demain matin, pardon à tous' },
	{ language: 'fr', alarming: true, text: 'J’ai tout préparé, la lettre est sur la table de la cuisine.' },
	{ language: 'fr', alarming: true, text: 'Vous serez tous mieux sans moi, je le sais maintenant.' },
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai laissé les clés et les papiers du chien à ma voisine, elle saura quoi faire quand je ne serai plus là.'
	},
	{ language: 'fr', alarming: true, text: 'jveux plus vivre, jen peux plus' },
	{ language: 'fr', alarming: true, text: 'g envi de mourir ce soir' },
	{ language: 'fr', alarming: true, text: 'chui a bout jvais en finir cette nuit' },
	{ language: 'fr', alarming: true, text: 'adieu.' },
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai pris toutes les boîtes de Tercian qui restaient, je commence à avoir la tête qui tourne.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je me suis encore entaillé les bras hier soir, plus profond que d’habitude.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Il est derrière la porte, il hurle qu’il va me tuer, je suis enfermée dans la salle de bain.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Ma fille de 15 ans vient de m’écrire qu’elle est sur le pont et qu’elle va sauter.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Bonjour à tous, ça fait longtemps que je n’ai pas écrit. Le boulot va, mes parents vont bien, j’ai repris un peu le vélo. Mais honnêtement je pense tous les jours à me foutre en l’air et j’ai commencé à regarder comment. Voilà, je voulais juste le dire à quelqu’un.'
	},
	{ language: 'fr', alarming: true, text: 'Je veux que tout s’arrête, je n’ai plus la force de continuer.' },
	{
		language: 'fr',
		alarming: true,
		text: 'j’ai acheté une corde aujourd’hui, je sais où je vais l’accrocher'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Merci pour tout ce que vous avez fait pour moi ici. C’est mon dernier message.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je suis sur le toit de mon immeuble, je regarde en bas depuis une heure.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai bu une bouteille de vodka et avalé mes cachets pour dormir, je veux pas me réveiller.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'je me scarifie depuis trois semaines et je n’arrive plus à m’arrêter'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Personne ne remarquera mon absence de toute façon. Ce soir c’est fini.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'je dors dehors depuis 2 mois, j’ai plus rien, je pense a me jeter sous le metro demain'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai replongé, j’ai tout le matos devant moi et cette fois je vais prendre assez pour ne plus me réveiller.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Mon mari me frappe en ce moment, il a pris un couteau, aidez-moi'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'j’ai pas envie de me réveiller demain. ni après-demain. ni jamais.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Ma mère (82 ans) répète depuis ce matin qu’elle va se laisser mourir, elle refuse de manger et de boire et elle a jeté tous ses médicaments à la poubelle.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai écrit une lettre à chacun de mes enfants. Ils la trouveront demain.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'je me suis brûlé le poignet avec une cigarette exprès, ça me soulage un peu'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'La voiture est garée dans le garage, le moteur tourne, le tuyau est branché.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je n’ai plus de raison de vivre depuis que je l’ai perdue, je vais la rejoindre.'
	},
	{ language: 'fr', alarming: true, text: 'jsui fatiguée de vivre, vraiment, jveu disparaitre pour de bon' },
	{
		language: 'fr',
		alarming: true,
		text: 'mon frere s’est enfermé dans sa chambre avec son fusil de chasse et il repond plus'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai fait des recherches sur la dose mortelle de paracétamol. J’en ai assez dans l’armoire.'
	},
	{ language: 'fr', alarming: true, text: 'Je pense à me tuer presque toutes les heures depuis lundi.' },
	{ language: 'fr', alarming: true, text: 'je vais me pendre ce soir, j’en peux plus de cette vie' },
	{
		language: 'fr',
		alarming: true,
		text: 'Tout est réglé : j’ai résilié mon bail, donné mes affaires, écrit à ma sœur. Il ne me reste plus qu’à partir.'
	},
	{ language: 'fr', alarming: true, text: 'je suis désolé maman. je t’aime. je pouvais plus.' },
	{ language: 'fr', alarming: true, text: 'J’ai avalé une plaquette entière de Xanax il y a vingt minutes.' },
	{
		language: 'fr',
		alarming: true,
		text: 'Il m’a suivie jusqu’au parking, il est là dans sa voiture, il m’a dit qu’il allait me faire la peau'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je me tape la tête contre les murs jusqu’à saigner, je l’ai refait cette nuit.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'jai plus envie de rien, jai juste envie de mourir, de dormir pour toujours'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Mon fils a envoyé un message d’adieu sur le groupe de ses amis et il ne répond plus au téléphone.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'je me sens comme un poids pour tout le monde, je crois que je vais leur rendre service et partir pour de bon'
	},
	{ language: 'fr', alarming: true, text: 'ca y est j’ai decidé, ce sera samedi. j’ai choisi l’endroit' },
	{
		language: 'fr',
		alarming: true,
		text: 'Je suis au bord de la voie ferrée, le prochain train passe dans dix minutes.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai mis de côté des médicaments depuis des semaines, je crois que j’en ai assez maintenant.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Bonjour, je m’occupe de mon père malade depuis quatre ans, je suis épuisée, ma sœur ne m’aide jamais, mon couple part en morceaux, et je crois que je vais avaler les morphiniques de papa ce soir pour que tout ça s’arrête. Désolée de vous déranger.'
	},
	{ language: 'fr', alarming: true, text: 'à quoi bon continuer. je vais mettre fin à mes jours.' },
	{ language: 'fr', alarming: true, text: 'je me recoupe, j’avais arrêté depuis 1 an, j’ai honte' },
	{
		language: 'fr',
		alarming: true,
		text: 'Mon ex vient de défoncer la porte, il est dans l’appartement, je suis cachée dans le placard avec le petit'
	},
	{ language: 'fr', alarming: true, text: 'ya plus d’espoir pour moi, jveux crever' },
	{
		language: 'fr',
		alarming: true,
		text: 'Je n’en ai plus pour longtemps, j’ai pris ma décision et je suis en paix avec ça.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai mis mes plus beaux habits et je vais aller marcher dans la mer jusqu’à ne plus avoir pied.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'je me frappe le ventre a chaque fois que je mange, aujourd’hui j’ai tapé jusqu’a avoir des bleus partout'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'ma coloc dit qu’elle a pris tous ses antidépresseurs d’un coup, elle s’endort, je fais quoi ??'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je pense sérieusement au suicide. Pas comme avant. Cette fois j’ai un plan.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Plus personne ne m’attend nulle part. Je vais partir sans faire de bruit, ce sera mieux comme ça.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je ne supporte plus la douleur, ni physique ni morale. J’ai demandé à mourir et personne ne m’écoute, alors je vais m’en occuper seul.'
	},
	{ language: 'fr', alarming: true, text: 'j’ai la lame dans la main là' },
	{
		language: 'fr',
		alarming: true,
		text: 'tkt pas pour moi, demain je serai plus un problème pour personne'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je voulais juste dire au revoir à ceux qui m’ont aidé ici. Prenez soin de vous, moi je m’en vais.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Depuis la rechute je bois du matin au soir et j’ai envie de me jeter du balcon, j’y pense sans arrêt.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'mon copain me menace avec un couteau depuis une heure, je suis chez lui je peux pas sortir'
	},
	{ language: 'fr', alarming: true, text: 'J’ai rempli la baignoire et sorti les rasoirs.' },
	{
		language: 'fr',
		alarming: true,
		text: 'Je me griffe jusqu’au sang quand les voix reviennent, et en ce moment elles me disent de me tuer.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'je suis en train de me vider de mon sang je crois que j’ai coupé trop fort'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'C’est la dernière fois que j’écris ici. J’ai trop souffert, je m’en vais.'
	},
	{ language: 'fr', alarming: true, text: 'les voix me disent de sauter et je commence a les croire' },
	{ language: 'fr', alarming: true, text: 'Je n’arrive plus à trouver une seule raison de rester en vie.' },
	{
		language: 'fr',
		alarming: true,
		text: 'j’ai arrêté mon insuline exprès depuis trois jours, je veux que ça finisse'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Ma mère a bu et elle tient la fenêtre ouverte en disant qu’elle va sauter, on est au 6e'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'je vais prendre la voiture et me mettre dans un arbre, comme ça ça ressemblera à un accident'
	},
	{ language: 'fr', alarming: true, text: 'Je fais une liste de qui aura quoi après moi. Ce sera bientôt.' },
	{
		language: 'fr',
		alarming: true,
		text: 'personne viendra a mon enterrement de tte façon, alors autant que ce soit bientôt'
	},
	{ language: 'fr', alarming: true, text: 'si demain je suis pas là c’est que j’ai fini par le faire' },
	{
		language: 'fr',
		alarming: true,
		text: 'Ça fait trois nuits que je n’ai pas dormi et je regarde les couteaux de la cuisine en pensant à mes veines.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je suis à la rue, il fait -5, un type m’a frappé et m’a pris mon sac, il revient avec ses potes, j’ai peur qu’ils me tuent.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'jme suis mutilée encore aujourdhui, mes cuisses sont pleines de coupures'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai pris 40 comprimés de Doliprane il y a une heure, je regrette un peu mais je veux pas appeler.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'Je suis un fardeau pour ma famille, je vais leur épargner ça définitivement.'
	},
	{
		language: 'fr',
		alarming: true,
		text: 'mn pere dit qu’il va se tirer une balle ce soir et il a son arme avec lui'
	},
	{ language: 'fr', alarming: true, text: 'J’en ai fini. Merci à ceux qui ont essayé.' },
	{
		language: 'fr',
		alarming: true,
		text: 'J’ai déjà essayé deux fois et là j’ai de nouveau envie de recommencer, c’est de plus en plus fort.'
	},
	{ language: 'fr', alarming: true, text: 'je veux mourir' },

	// ---------- Alarming, English ----------
	{
		language: 'en',
		alarming: true,
		text: "I can't do this anymore. I've written the letters and they're in the drawer."
	},
	{ language: 'en', alarming: true, text: 'kms tonight fr' },
	{ language: 'en', alarming: true, text: 'I took all my pills about half an hour ago.' },
	{
		language: 'en',
		alarming: true,
		text: "Everyone would be better off if I just wasn't here anymore, and I'm done pretending otherwise."
	},
	{ language: 'en', alarming: true, text: "cut again last night, deeper this time, can't stop" },
	{
		language: 'en',
		alarming: true,
		text: "He's outside banging on the door saying he'll kill me, I'm hiding in the bathroom."
	},
	{ language: 'en', alarming: true, text: 'This is goodbye. Thank you for trying.' },
	{
		language: 'en',
		alarming: true,
		text: "I gave away my guitar and my records this week. I won't be needing them."
	},
	{ language: 'en', alarming: true, text: 'i dont want to wake up tomorrow' },
	{ language: 'en', alarming: true, text: "I'm standing on the bridge right now." },
	{
		language: 'en',
		alarming: true,
		text: "My son just texted me that he's going to hang himself and now he's not answering."
	},
	{
		language: 'en',
		alarming: true,
		text: "I've been saving up my meds for a month. I think I have enough now."
	},
	{
		language: 'en',
		alarming: true,
		text: "Long day at work, argued with my sister, missed the bus. Honestly I've been thinking of ending it all and tonight feels like the night. Anyway, how was everyone's weekend?"
	},
	{ language: 'en', alarming: true, text: 'wanna die so bad rn' },
	{
		language: 'en',
		alarming: true,
		text: "I relapsed and I'm going to use enough this time that I don't come back."
	},
	{
		language: 'en',
		alarming: true,
		text: 'I burned myself with the lighter again to make the noise in my head stop.'
	},
	{ language: 'en', alarming: true, text: "My roommate drank bleach and she's locked herself in her room." },
	{ language: 'en', alarming: true, text: 'i just want it all to end. permanently.' },
	{ language: 'en', alarming: true, text: 'I have the gun on the table in front of me.' },
	{
		language: 'en',
		alarming: true,
		text: "No one will miss me. I'm going to disappear for good this weekend."
	},
	{
		language: 'en',
		alarming: true,
		text: "I've been on the streets for months and I'm ready to step in front of a bus."
	},
	{ language: 'en', alarming: true, text: "Sorry for everything mum. I love you. I couldn't hold on." },
	{ language: 'en', alarming: true, text: "The voices keep telling me to jump and I'm out on the balcony." },
	{ language: 'en', alarming: true, text: "Made my decision. Tonight. Don't try to talk me out of it." },
	{
		language: 'en',
		alarming: true,
		text: "my husband has been choking me and he's home now, he said this time he'll finish it"
	},
	{ language: 'en', alarming: true, text: "I'm suicidal and I have a plan." },
	{
		language: 'en',
		alarming: true,
		text: "I've stopped eating and drinking on purpose, I want my body to just give up."
	},

	// ---------- Not alarming, tricky, French ----------
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je meurs de rire devant ta vidéo de chat, merci !'
	},
	{ language: 'fr', alarming: false, tricky: true, text: 'Ce boulot me tue, vivement les vacances.' },
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'J’ai envie de me pendre à ton cou tellement je suis contente de te revoir.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Il y a dix ans j’ai fait une tentative de suicide. Aujourd’hui je vais bien et je suis pair-aidant à mon tour.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Mon frère s’est suicidé l’an dernier, la date anniversaire approche et c’est dur, mais je suis bien entourée.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Est-ce que tu as des idées suicidaires en ce moment ? Tu peux m’en parler sans crainte.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je ne pense pas du tout au suicide, rassurez-vous, je suis juste très fatigué.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'On a vu « Le Cercle des poètes disparus » au ciné-club hier soir, la scène avec Neil m’a bouleversée.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Mon psychiatre a augmenté ma dose de sertraline à 100 mg, je la prends le matin.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je lis un polar où le héros se jette d’une falaise au dernier chapitre, je n’ai pas vu venir la fin.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Au journal de 20h ils parlaient d’un homme qui a menacé de sauter d’un pont à Lyon, ça m’a remué.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Pour la journée mondiale de prévention du suicide, notre association tient un stand samedi, venez nombreux.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Le 3114 c’est le numéro national de prévention du suicide, je le mets ici pour ceux qui en auraient besoin un jour.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'J’ai arrêté de me scarifier il y a trois ans, les cicatrices sont encore là mais elles ne me font plus honte.'
	},
	{ language: 'fr', alarming: false, tricky: true, text: 'Je suis morte de fatigue après ce déménagement.' },
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Si je rate encore mon code, je me jette par la fenêtre 😂 (c’est une blague, je le repasse en mars)'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Mon fils m’a fait une peur bleue en montant sur le toit du garage pour récupérer son ballon.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Tuer le temps, c’est tout ce que je fais à l’hôpital de jour entre deux ateliers.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'J’ai tué mon plant de basilic, je suis nul en jardinage.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je veux en finir avec ce dossier MDPH qui traîne depuis huit mois !'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'J’en ai fini avec l’alcool : 18 mois d’abstinence aujourd’hui !'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Quand j’étais ado je voulais mourir, je me souviens très bien de cette sensation. Maintenant j’ai 40 ans et j’aime ma vie.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Ma grand-mère est décédée paisiblement dans son sommeil la semaine dernière.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'La chanson « Mourir sur scène » de Dalida passe en boucle chez ma mère.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'En formation pair-aidant on a appris à demander directement : « est-ce que tu penses à te tuer ? ». Ça ne donne pas l’idée, au contraire.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Ma voisine m’a raconté qu’elle avait tenté de se suicider en 2015, elle va beaucoup mieux maintenant et elle fait du bénévolat.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Le médecin m’a prévenu qu’une surdose de lithium peut être dangereuse, donc je fais mes prises de sang tous les mois.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je ne me suis pas coupée depuis 200 jours. Je voulais partager ça avec vous.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Ton gâteau au chocolat est à tomber, une tuerie !'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Mon chef va me tuer si je rends le rapport en retard.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je suis crevé mais content, on a fait 15 km de rando.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'J’ai frôlé la mort en 2019 après une overdose. Depuis je suis en rémission et je témoigne de mon parcours dans les lycées.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je n’ai jamais eu envie de me faire du mal, mais j’ai des crises d’angoisse très fortes.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Le personnage principal de la série se suicide à la fin de la saison 2, je ne m’en remets pas, quelle écriture !'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Mon ami a perdu son père par suicide, comment je peux le soutenir sans être maladroit ?'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Dans mon groupe de parole, on a parlé du deuil après un suicide. C’était fort.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Le poème de Baudelaire « Le Mort joyeux » m’a toujours fasciné.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Ce matin j’ai sauté dans le vide... en parapente ! Première fois, incroyable.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Mon père est en soins palliatifs, il va bientôt mourir, on passe nos journées auprès de lui.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je me suis coupé en épluchant les carottes, rien de grave, juste un pansement.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je prends 30 gouttes de Valium le soir comme prescrit, est-ce que quelqu’un a eu des effets secondaires ?'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Tu sembles épuisée ces derniers temps. Est-ce qu’il t’arrive de penser à mourir ?'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Après ma tentative en 2020, j’ai pensé que je ne m’en sortirais jamais. Aujourd’hui, quatre ans plus tard, je reprends mes études.'
	},
	{ language: 'fr', alarming: false, tricky: true, text: 'Je meurs d’ennui dans cette salle d’attente.' },
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Ça me tue de voir des gens dormir dehors par ce froid.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Ma cousine a fait une TS l’année dernière, elle est suivie au CMP et ça va mieux.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'J’ai eu des idées noires l’hiver dernier mais le traitement et la thérapie m’ont vraiment aidée, je n’y pense plus.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'On étudie « Madame Bovary » en cours, elle s’empoisonne à l’arsenic à la fin, c’est terrible.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Quelqu’un connaît le film « Virgin Suicides » ? On me l’a conseillé.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je ne veux pas mourir, rassurez-vous, je veux juste que quelqu’un m’écoute un peu ce soir.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Ma psy m’a demandé si j’avais un plan pour me suicider, je lui ai dit que non et c’est la vérité.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'J’ai failli mourir de honte quand je me suis trompé de prénom.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Les chiffres sont terribles : environ 9 000 suicides par an en France. Il faut en parler davantage.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je suis pompier volontaire, hier on est intervenus pour une personne qui voulait sauter, heureusement elle a été prise en charge.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Il y a cinq ans, j’ai écrit une lettre d’adieu. Je l’ai relue hier et j’ai pleuré, mais de soulagement d’être encore là.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Mon chat est mort ce matin, il avait 19 ans. Je suis triste mais il a eu une belle vie.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'je vais tuer mon frère s’il mange encore mes yaourts 😤'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je me suis jeté à l’eau : j’ai enfin appelé le CMP pour prendre rendez-vous.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Une overdose de séries ce week-end, je n’ai rien fait d’autre.'
	},
	{
		language: 'fr',
		alarming: false,
		tricky: true,
		text: 'Je crevais de faim en fin de mois, alors je me suis inscrit aux Restos du cœur, ça change tout.'
	},

	// ---------- Not alarming, ordinary, French ----------
	{
		language: 'fr',
		alarming: false,
		text: 'Je suis tellement fatiguée de m’occuper de ma mère seule, j’aimerais que mon frère prenne le relais un week-end.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Grosse crise d’angoisse ce matin dans le bus, j’ai dû descendre avant mon arrêt.'
	},
	{ language: 'fr', alarming: false, text: 'J’ai été refusée pour l’AAH, je suis en colère et découragée.' },
	{
		language: 'fr',
		alarming: false,
		text: 'Ça fait 3 mois sans boire et aujourd’hui j’ai eu très envie d’un verre, j’ai appelé mon parrain.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Je dors au foyer depuis lundi, c’est bruyant mais au moins j’ai chaud.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Mon fils est hospitalisé en psychiatrie depuis une semaine, je ne sais pas comment lui parler quand je vais le voir.'
	},
	{ language: 'fr', alarming: false, text: 'jsuis triste ce soir, jsais pas trop pourquoi' },
	{
		language: 'fr',
		alarming: false,
		text: 'Quelqu’un a des conseils pour les insomnies ? Je me réveille à 4h tous les matins.'
	},
	{ language: 'fr', alarming: false, text: 'J’ai pleuré toute la journée, mon copain m’a quittée.' },
	{
		language: 'fr',
		alarming: false,
		text: 'Les voix sont plus fortes en ce moment, j’en ai parlé à mon infirmier qui va voir avec le psychiatre.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Je me sens seul depuis que je suis en fauteuil, mes amis ne m’invitent plus.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'La dépression me cloue au lit, je n’arrive pas à prendre une douche depuis trois jours.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Merci pour vos messages d’hier, ça m’a fait du bien de me sentir écoutée.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'J’ai peur de rechuter, les fêtes approchent et ma famille boit beaucoup.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Mon assistante sociale ne répond plus à mes mails, je suis à bout de nerfs.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Est-ce que quelqu’un a déjà vécu un sevrage de benzodiazépines ? J’ai peur des effets.'
	},
	{ language: 'fr', alarming: false, text: 'J’ai raté mon entretien d’embauche, je me sens nulle.' },
	{
		language: 'fr',
		alarming: false,
		text: 'ma fille autiste a fait une grosse crise au supermarché, les gens nous regardaient de travers, j’en ai marre de ces regards'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Journée difficile, mais j’ai réussi à sortir marcher vingt minutes.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Je suis en colère contre mon père qui ne comprend rien à ma bipolarité.'
	},
	{
		language: 'fr',
		alarming: false,
		text: 'Depuis mon diagnostic de schizophrénie, j’ai l’impression qu’on ne me voit plus que comme une maladie.'
	},
	{ language: 'fr', alarming: false, text: 'chui fatiguée, jvais me coucher, bonne nuit à tous' },

	// ---------- Not alarming, tricky, English ----------
	{ language: 'en', alarming: false, tricky: true, text: "I'm dying to see the new Dune film this weekend." },
	{ language: 'en', alarming: false, tricky: true, text: 'This commute is killing me.' },
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "Ten years ago I attempted suicide. Today I'm doing well and volunteering as a peer supporter."
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "My brother took his own life last spring. I miss him every day, but I'm getting support and I'm safe."
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "Are you having any thoughts of suicide right now? It's okay to tell me."
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "I'm not suicidal, just really exhausted after this week."
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "Just finished '13 Reasons Why', heavy show, glad they put helpline numbers at the end."
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: 'My doctor upped my lithium to 900 mg, anyone else on that dose?'
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: 'The news said a man threatened to jump from a bridge downtown, police talked him down.'
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "That joke killed me, I literally can't breathe 😂"
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "I haven't self-harmed in two years and I'm proud of that."
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "Listening to 'Suicide Is Painless', the M*A*S*H theme, on repeat."
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: 'Our group is hosting a suicide prevention workshop next Tuesday.'
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: "I used to want to die every day as a teenager. I'm 35 now and life is genuinely good."
	},
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: 'My grandad passed away peacefully last night at 94.'
	},
	{ language: 'en', alarming: false, tricky: true, text: "I'd kill for a coffee right now." },
	{ language: 'en', alarming: false, tricky: true, text: 'Overdosed on chocolate at the party, no regrets.' },
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: 'My character in the game keeps dying on level 3, so frustrating.'
	},
	{ language: 'en', alarming: false, tricky: true, text: 'Cut my finger slicing bread, nothing serious.' },
	{
		language: 'en',
		alarming: false,
		tricky: true,
		text: 'Quick reminder: if you ever feel unsafe, in the UK you can call 116 123 (Samaritans).'
	},

	// ---------- Not alarming, ordinary, English ----------
	{
		language: 'en',
		alarming: false,
		text: "Feeling really low today, my benefits got cut and I don't know how to pay rent."
	},
	{ language: 'en', alarming: false, text: 'Caring for my mum with dementia is wearing me out.' },
	{
		language: 'en',
		alarming: false,
		text: 'Had a panic attack at the supermarket, had to leave my trolley.'
	},
	{ language: 'en', alarming: false, text: '90 days sober today, but cravings were bad this evening.' },
	{ language: 'en', alarming: false, text: "I'm so angry at my caseworker, she cancelled again." },
	{ language: 'en', alarming: false, text: 'Slept in the shelter last night, it was loud but warm.' },
	{
		language: 'en',
		alarming: false,
		text: "Can't sleep, my mind keeps racing about tomorrow's appointment."
	},
	{
		language: 'en',
		alarming: false,
		text: "I feel lonely since I moved to the new flat, I don't know anyone."
	}
];
