// The off-platform and money lexicon: what a message says when it moves a conversation elsewhere
// (phone, e-mail, another messenger) or asks for or offers money. This is data maintained by people,
// not logic; detect-off-platform.ts reads it. Phrases use the phrase language of
// compile-crisis-pattern.ts (ordinary French and English; case, accents, apostrophes and doubled
// letters are folded; `*` is a gap of up to three words that never swallows a negation).
//
// Writing a phrase:
// - anchor it on an invitation or a request ("ajoute-moi sur", "tu as snap", "prête-moi"), never on a
//   bare app or money word: people also talk *about* Facebook, their debts and the RSA;
// - a phone number, an e-mail address or a messenger link is recognised from its shape
//   (off-platform-shapes.ts), not here.

export const SAFETY_NOTICES = ['off_platform', 'money'] as const;
export type SafetyNotice = (typeof SAFETY_NOTICES)[number];

export interface OffPlatformPhrase {
	notice: SafetyNotice;
	phrase: string;
	/** Words right after the phrase that make it harmless ("passe sur Facebook" + "toute la journée"). */
	unless?: string;
	/** The phrase counts only when the same message also holds this one ("il me manque 80 €" + "tu peux m'aider"). */
	together?: string;
}

export const OFF_PLATFORM_MACROS = {
	app: 'whatsapp|whats app|whatsap|watsap|wats app|watsapp|wap|telegram|telegramme|tlgrm|signal|snap|snapchat|insta|instagram|ig|facebook|fb|messenger|mesenger|discord|tiktok|twitter|viber|skype|wechat|kik|threads|bluesky|linkedin|mail|email|e mail|gmail|hotmail',
	// Also a way to write elsewhere, but not something one gives as a contact.
	channel: '{app}|sms|texto|textos|facetime|imessage',
	// What someone gives to be reached elsewhere.
	contact:
		'numéro|numero|num|numéros|number|phone number|cell|tel|tél|téléphone|telephone|phone|portable|mobile|06|07|coordonnées|coordonnees|contact|contacts|adresse mail|adresse email|adresse e mail|mail|email|e mail|courriel|mél|adresse perso|pseudo|pseudo insta|pseudo snap|identifiant|handle|username|{app}',
	// Someone is asked to give their contact, in French or English.
	giveMe:
		'(donne|donnes|donnez|file|files|filez|envoie|envoies|envoyez|passe|passes|passez|laisse|laisses|laissez|refile|écris|ecris|note|mets) (moi|m)|(tu|vous|tu peux|vous pouvez) (me|m) (donnes|donnez|donner|files|filer|passes|passer|envoies|envoyer|laisses|laisser|écrire|ecrire)|(tu peux|tu pourrais|tu veux|tu voudrais|vous pouvez|vous pourriez|peux tu|pourrais tu|pouvez vous|voudrais tu) (me |m )?(donner|filer|passer|envoyer|laisser|écrire)|(je peux|je pourrais|j peux|est ce que je peux|on peut|je pourrai) (avoir|récupérer|recuperer|noter|prendre)|(c est quoi|c quoi|quel est|quelle est|quel|quelle|t as|tu as|as tu|tu aurais|aurais tu|vous avez|avez vous|vous auriez)|(give|send|text|dm|email|gimme) me|(what s|whats|what is|can i (get|have)|could i (get|have)|may i have|do you have|have you got|got)',
	// Someone offers their own contact.
	giveYou:
		'(je|j) (te|t|vous) (donne|laisse|envoie|file|passe|note|mets|écris|ecris|refile|donnerai|envoie)|voici|voilà|voila|here s|here is|heres|i ll give you|i ll send you|let me give you|i can give you|je peux te donner|je peux t envoyer|je te mets',
	// Asking someone to reach the writer elsewhere.
	invite:
		'ajoute|ajoutes|ajoutez|rajoute|add|écris|ecris|écrivez|contacte|contactez|retrouve|retrouvez|rejoins|rejoignez|suis|suivez|follow|text|message|dm|mp|bipe|call|appelle|appelez|apelle|joins|join|find|hit|envoie|texte|sms|whatsapp|snap',
	// Moving the conversation.
	move: 'parler|parle|parlons|discuter|discute|discutons|continuer|continue|continuons|passer|passe|passons|papoter|échanger|echanger|écrire|ecrire|écrive|ecrive|se parler|appelle|appeler|capte|capter|talk|chat|move|switch|go|take this|take it|facetime|appel|call',
	// An amount or money itself.
	amount:
		'(tes |les |vos |ces |your |the )?[0-9]+ (euros|euro|eur|balles|dollars|bucks|pounds|quid|k)|(des |de l |d |du |un peu d |un peu de |quelques |some |the )?(argent|sous|fric|thunes|tunes|blé|oseille|pognon|money|cash|thune)|(un |une |a )?(billet|billets|virement|mandat|transfer|loan)',
	// Ways to pay someone, none of which is needed on a peer-support platform.
	payWith:
		'paypal|pay pal|lydia|paylib|wero|revolut|western union|westernunion|moneygram|money gram|mandat cash|mandat|coupon|coupons|pcs|transcash|neosurf|toneo|carte cadeau|cartes cadeaux|carte cadeaux|gift card|gift cards|paysafecard|carte google play|carte steam|carte itunes|carte amazon|carte pcs|carte prépayée|carte prepayee|recharge (pcs|transcash|neosurf|toneo|paysafecard)|recharges (pcs|transcash|neosurf|toneo|paysafecard)|itunes|google play|steam|amazon|virement|iban|rib|venmo|cash app|cashapp|zelle|bitcoin|btc|crypto|usdt|bank transfer|wire'
} as const;

export const OFF_PLATFORM_PHRASES: readonly OffPlatformPhrase[] = [
	// Asking for the other person's contact.
	{
		notice: 'off_platform',
		phrase: '{giveMe} (ton|ta|tes|votre|vos|your|un|une|a) ({contact})',
		unless:
			'de (sécu|secu|sécurité|securite|dossier|adhérent|adherent|client|badge|rue|chambre|compte|carte|allocataire|caf|bus|train|vol|commande|série|serie)|(du|de la|de l) (samu|médecin|medecin|psy|cmp|gem|mairie|caf|pharmacie)|pas|not|d urgence|of the|for the|to the'
	},
	// Giving one's own.
	{ notice: 'off_platform', phrase: '{giveYou} (mon|ma|mes|my) ({contact})' },
	{
		notice: 'off_platform',
		phrase:
			'(mon|ma|my) (numéro|numero|num|number|06|07|tel|tél|portable|phone|mail|email|e mail|adresse mail|insta|snap|snapchat|whatsapp|telegram|discord|pseudo insta|pseudo snap|pseudo discord|tiktok|skype) (c est|c|is|it s|est le|est l|:)'
	},
	// Inviting to be reached elsewhere.
	{ notice: 'off_platform', phrase: '({invite}) (moi|me|nous|us) (sur|on|via|par|en|at|à) ({channel})' },
	{ notice: 'off_platform', phrase: '({invite}) (moi|me) ({app})' },
	{
		notice: 'off_platform',
		phrase:
			'(je|j) (te|t|vous) (contacte|contacterai|ajoute|ajouterai|rajoute|écris|ecris|écrirai|ecrirai|appelle|apelle|follow|suis|retrouve) (sur|on|via|par|en) ({channel})'
	},
	{
		notice: 'off_platform',
		phrase: '(appelle|appelez|apelle|call|text|texte|sms|bipe|bip|phone|ring) (moi|me)',
		unless: 'pas|not|never|jamais'
	},
	{
		notice: 'off_platform',
		phrase:
			'(je|j) (peux|pourrais|pourrai) (t|te|vous) (appeler|apeler|téléphoner|telephoner|écrire sur|ecrire sur|ajouter)'
	},
	{ notice: 'off_platform', phrase: '(can|could|may|shall) i (call|text|add|phone) you' },
	// Moving the conversation to another app.
	{
		notice: 'off_platform',
		phrase: '({move}) (sur|on|via|par|to|en|over|onto) ({channel})',
		unless: 'toute la journée|tout le temps|des heures|h24|trop|la nuit|tous les jours|all day|all the time'
	},
	{
		notice: 'off_platform',
		phrase:
			'(on|we|let s|lets) (se |s )?(capte|retrouve|voit|écrit|ecrit|parle|se parle|talk|chat|meet) (sur|on|via|par|en) ({app})'
	},
	{
		notice: 'off_platform',
		phrase:
			'(je suis|suis|i m|i am) (dispo|disponible|joignable|available|reachable|active|actif) (sur|on|via|par) ({channel})'
	},
	{
		notice: 'off_platform',
		phrase:
			'(échange|echange|échanger|echanger|échanges|echanges|exchange|swap|trade) (nos|vos|our|de|des)? ({contact})'
	},
	{
		notice: 'off_platform',
		phrase: '(hit me up|hmu|ping me|reach me|find me|catch me|message me|msg me) (on|at|via|sur)? ({channel})'
	},
	{
		notice: 'off_platform',
		phrase: '(veux|voudrais|want|need|aimerais) (mon|ma|ton|ta|my|your) ({contact})',
		unless: 'de (sécu|secu|dossier|adhérent|adherent|allocataire|caf)'
	},
	{
		notice: 'off_platform',
		phrase:
			'(viens|venez|rejoins|rejoignez|come|join|passe) (sur|on|to|dans)? (mon|ma|my|notre|our) (serveur |groupe |server |group |compte |profil )?({app})'
	},
	{
		notice: 'off_platform',
		phrase: '(demande|demande d ami|invitation|friend request|request|invite) (sur|on) ({app})'
	},
	{
		notice: 'off_platform',
		phrase:
			'({invite}|mets|mettre|accepte|accept) (moi|me|ma demande|my request) (en ami|en amis|as a friend|as friend)'
	},
	// Asking whether the other person is on an app.
	{
		notice: 'off_platform',
		phrase:
			'(t as|tu as|as tu|tu es sur|t es sur|es tu sur|t es|vous avez|avez vous|vous êtes sur|vous etes sur|tu aurais|do you have|have you got|are you on|you on|do you use|got|ta) ({app})',
		unless: 'pas|not'
	},
	{
		notice: 'off_platform',
		phrase: '(un|une|a) ({app}) (pour|to) (parler|discuter|continuer|échanger|echanger|talk|chat)'
	},
	// Money: asking for it.
	{
		notice: 'money',
		phrase:
			'(prête|prete|prêtes|pretes|prêter|preter|avance|avances|avancer|dépanne|depanne|dépanner|depanner|envoie|envoies|envoyer|vire|vires|virer|donne|donnes|donner|file|files|filer|lend|send|wire|give|loan|transfer|pay|venmo) (moi|me|m) (de |d )?({amount})'
	},
	{
		notice: 'money',
		phrase:
			'(tu|vous|tu peux|tu pourrais|vous pouvez|vous pourriez|pourrais tu|peux tu|pourriez vous|can you|could you|would you) (me|m) (prêter|preter|avancer|dépanner|depanner|envoyer|virer|donner|filer|payer|lend|send|wire|give|loan|pay) (de |d )?({amount})'
	},
	{
		notice: 'money',
		phrase:
			'(tu|vous|tu peux|tu pourrais|vous pouvez|vous pourriez|pourrais tu|peux tu|pourriez vous|can you|could you|would you) (me|m) (prêter|preter|avancer|lend|loan) (\\.|un peu|quelque chose|un truc|something|some)'
	},
	{
		notice: 'money',
		phrase:
			'(tu aurais|t aurais|aurais tu|tu as|t as|as tu|vous auriez|vous avez|do you have|have you got|got) ({amount}) (à|a|pour|to) (me|m) (prêter|preter|avancer|dépanner|depanner|filer|donner|lend|spare|give)'
	},
	{
		notice: 'money',
		phrase:
			'(envoie|envoies|envoyez|vire|virez|send|wire|transfer|transfère|transfere|mets|put) ({amount}) (sur|à|a|to|on|into|via|par) (mon|ma|my)'
	},
	{
		notice: 'money',
		phrase: '(sur|to|on|into|via|par) (mon|ma|my) (compte )?({payWith})',
		unless: 'pas|not'
	},
	{
		notice: 'money',
		phrase: '(besoin|need) (de |d |of )?[0-9]+ (euros|euro|eur|balles|dollars|bucks|pounds)'
	},
	{ notice: 'money', phrase: '(can|could|may) i borrow ({amount})' },
	{
		notice: 'money',
		phrase: '(je peux|je pourrais|est ce que je peux|j peux) (t|te|vous) (emprunter) ({amount})'
	},
	{
		notice: 'money',
		phrase:
			'(fais|faites|fait|make|faire) (moi|me|m) (un|une|a) (virement|lydia|paypal|transfer|chèque|cheque|mandat|paylib|wero)'
	},
	{
		notice: 'money',
		phrase:
			'(envoie|envoies|envoyez|envoyer|paie|paies|payez|pay|send|règle|regle|régler|regler|fais|faites|vire|virez) (moi|me|m)? * (par|sur|via|on|through|with|en) ({payWith})'
	},
	{
		notice: 'money',
		phrase:
			'(ton|ta|tes|votre|vos|your|mon|ma|mes|my) (rib|iban|coordonnées bancaires|coordonnees bancaires|numéro de carte|numero de carte|code de carte|bank details|card number|account number|sort code|code du coupon|code coupon|code pcs|code transcash|code neosurf|paypal|lydia)',
		unless: 'pas|not'
	},
	{
		notice: 'money',
		phrase:
			'(envoie|donne|file|send|give|passe) (moi|me|m) (le|les|the|ton|tes|your) (code|codes|numéro du coupon|numero du coupon)'
	},
	{
		notice: 'money',
		phrase:
			'(achète|achete|achètes|achetes|acheter|prends|prendre|buy|get|envoie|envoies|envoyez|send) (moi|me|m)? * (un|une|des|a|some|le|les|the) ({payWith})'
	},
	{
		notice: 'money',
		phrase:
			'(tu|vous|you) (me|m) (envoies|envoyez|prêtes|pretes|prêtez|pretez|avances|avancez|donnes|donnez|files|filez|vires|virez|dépannes|depannes|payes|paies) (de |d )?({amount})'
	},
	{
		notice: 'money',
		phrase: '(manque|manquent|need|besoin de|besoin d|faut|faudrait) ({amount})',
		together:
			'(tu peux|tu pourrais|pourrais tu|peux tu|vous pouvez|vous pourriez|can you|could you) (m|me) (aider|help|dépanner|depanner|sauver|save)'
	},
	{ notice: 'money', phrase: '(can|could|would) you (spare|lend|loan|send|wire|give) (me )?({amount})' },
	// Money: offering it, paying back, charging for support.
	{
		notice: 'money',
		phrase:
			'(je|j) (te|t|vous) (rembourse|rembourserai|rembourserais|paie|paye|paierai|payerai|prête|prete|prêterai|preterai|avance|avancerai|dépanne|depanne|dépannerai|depannerai)'
	},
	{
		notice: 'money',
		phrase:
			'(je|j) (te|t|vous) (envoie|enverrai|envoierai|vire|virerai|donne|donnerai|file|filerai) ({amount})'
	},
	{
		notice: 'money',
		phrase:
			'(je|j) (te|t|vous) (fais|ferai|fait|envoie|enverrai|envoierai) (un|une) (virement|lydia|paypal|paylib|wero|chèque|cheque|mandat|transfer)'
	},
	{
		notice: 'money',
		phrase: '(je|j) (te|t|vous) (rends|rendrai|rendrais|redonne|redonnerai) ({amount})'
	},
	{ notice: 'money', phrase: '(i ll|i will|i can|ill) (pay you back|pay you|lend you)' },
	{ notice: 'money', phrase: '(i ll|i will|i can|ill) (send|give|wire) you ({amount})' },
	{ notice: 'money', phrase: '(tu|vous|you) (me|m) (dois|devez|owe) ({amount})' },
	{ notice: 'money', phrase: 'you owe me' },
	{
		notice: 'money',
		phrase:
			'([0-9]+ (euros|euro|eur|dollars)) (la|par|l|per|a|an) (séance|seance|heure|session|hour|écoute|ecoute|rdv|rendez vous|appel|call|échange|echange)'
	}
];

// The phone lines the platform shows, and other national helplines people pass on to one another:
// sharing them is what the platform wants, never a move off it. Digits only.
export const HELPLINE_NUMBERS: readonly string[] = [
	'3114', // suicide prevention
	'15',
	'112',
	'114',
	'115',
	'119',
	'17',
	'18',
	'196',
	'3919',
	'3020',
	'3018',
	'0800235236', // Fil Santé Jeunes
	'0972394050', // SOS Amitié
	'0145394000', // Suicide Écoute
	'0800231313', // Drogues Info Service
	'0980980930', // Alcool Info Service
	'0142630303', // Écoute Famille (Unafam)
	'0143460062' // Phare Enfants-Parents
];

// Number words read as digits inside a phone number ("zéro six douze trente-quatre…").
export const UNIT_WORDS: Readonly<Record<string, number>> = {
	zero: 0,
	un: 1,
	une: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	seven: 7,
	eight: 8,
	nine: 9
};
export const TEEN_WORDS: Readonly<Record<string, number>> = {
	dix: 10,
	onze: 11,
	douze: 12,
	treize: 13,
	quatorze: 14,
	quinze: 15,
	seize: 16
};
export const TENS_WORDS: Readonly<Record<string, number>> = {
	vingt: 20,
	trente: 30,
	quarante: 40,
	cinquante: 50,
	soixante: 60,
	septante: 70,
	huitante: 80,
	octante: 80,
	nonante: 90
};

// Links that open a conversation in another messenger or a social profile, and payment links.
export const MESSENGER_LINK =
	/(?:^|[^a-z0-9.])(?:www\.)?(?:wa\.me|chat\.whatsapp\.com|api\.whatsapp\.com|whatsapp\.com\/|t\.me|telegram\.me|telegram\.dog|m\.me|messenger\.com\/|discord\.gg|discord(?:app)?\.com\/invite|signal\.me|signal\.group|instagram\.com\/|instagr\.am\/|snapchat\.com\/add|facebook\.com\/|fb\.com\/|fb\.me\/|tiktok\.com\/@|twitter\.com\/|x\.com\/|linkedin\.com\/in|kik\.me|line\.me\/|skype:|viber:|threads\.net\/@|bsky\.app\/profile)/;
export const PAYMENT_LINK =
	/(?:^|[^a-z0-9.])(?:www\.)?(?:paypal\.me|paypal\.com\/|lydia-app\.com|lydia\.me|pay\.lydia|revolut\.me|cash\.app\/|venmo\.com\/|buymeacoffee\.com|ko-fi\.com|leetchi\.com|lepotcommun\.fr|gofundme\.com)/;
// Well-known mail providers: after " at " or "arobase", an address is being spelled out.
export const MAIL_PROVIDERS =
	'gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|orange|wanadoo|free|sfr|laposte|neuf|bbox|numericable|aol|gmx|protonmail|proton|yandex|mail|tutanota';
export const TOP_LEVEL_DOMAINS = 'com|fr|net|org|be|ch|ca|eu|io|me|info|co|uk|de|es|it|lu|re|biz';
