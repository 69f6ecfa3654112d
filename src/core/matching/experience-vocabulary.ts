/** One entry of the shared vocabulary of lived experiences. Ids are stable slugs: never rename one. */
export interface ExperienceEntry {
	/** 'branch' for a top-level branch, 'branch/leaf' for a leaf. */
	id: string;
	parentId: string | null;
	labelFr: string;
	labelEn: string;
	/** Other words people use, French and English, lower-case. */
	synonyms: string[];
}

type Leaf = [slug: string, labelFr: string, labelEn: string, synonyms?: string[]];

function branch(
	id: string,
	labelFr: string,
	labelEn: string,
	synonyms: string[],
	leaves: Leaf[]
): ExperienceEntry[] {
	return [
		{ id, parentId: null, labelFr, labelEn, synonyms },
		...leaves.map(([slug, leafFr, leafEn, leafSynonyms = []]) => ({
			id: `${id}/${slug}`,
			parentId: id,
			labelFr: leafFr,
			labelEn: leafEn,
			synonyms: leafSynonyms
		}))
	];
}

/** The vocabulary shipped with Entrepairs, drawn from the fields of the source documents. */
export const EXPERIENCE_VOCABULARY: readonly ExperienceEntry[] = [
	...branch(
		'troubles-psychiques',
		'Troubles psychiques',
		'Mental health conditions',
		['santé mentale', 'mental health', 'maladie psychique'],
		[
			[
				'entente-de-voix',
				'Entente de voix',
				'Hearing voices',
				[
					'entendeur de voix',
					'entendre des voix',
					'hallucinations auditives',
					'voice hearing',
					'voice hearer'
				]
			],
			[
				'trouble-bipolaire',
				'Trouble bipolaire',
				'Bipolar disorder',
				['bipolarité', 'maniaco-dépression', 'bipolar']
			],
			[
				'schizophrenie',
				'Schizophrénie',
				'Schizophrenia',
				['psychose', 'psychosis', 'trouble schizo-affectif']
			],
			['depression', 'Dépression', 'Depression', ['dépression sévère', 'épisode dépressif', 'depressed']],
			[
				'trouble-borderline',
				'Trouble borderline (état limite)',
				'Borderline personality disorder',
				['état limite', 'borderline', 'tpl']
			],
			[
				'troubles-alimentaires',
				'Troubles du comportement alimentaire',
				'Eating disorders',
				['anorexie', 'boulimie', 'hyperphagie', 'anorexia', 'bulimia']
			],
			[
				'troubles-anxieux',
				'Troubles anxieux',
				'Anxiety disorders',
				['angoisse', 'crises de panique', 'phobie', 'anxiety', 'panic attacks']
			],
			['toc', 'Troubles obsessionnels compulsifs', 'Obsessive-compulsive disorder', ['toc', 'ocd']],
			[
				'stress-post-traumatique',
				'Trouble de stress post-traumatique',
				'Post-traumatic stress disorder',
				['tspt', 'ptsd', 'psychotraumatisme']
			],
			[
				'hospitalisation-sans-consentement',
				'Hospitalisation sans consentement',
				'Involuntary hospitalisation',
				['soins sans consentement', 'hospitalisation sous contrainte', 'hdt', 'sdre', 'involuntary admission']
			],
			[
				'premier-episode-psychotique',
				'Premier épisode psychotique',
				'First episode of psychosis',
				['bouffée délirante', 'first psychosis']
			]
		]
	),
	...branch(
		'suicide',
		'Suicide et idées suicidaires',
		'Suicide and suicidal thoughts',
		['idées noires'],
		[
			[
				'tentative-de-suicide',
				'Survivant·e d’une tentative de suicide',
				'Survivor of a suicide attempt',
				['tentative de suicide', 'ts', 'suicide attempt']
			],
			[
				'deuil-par-suicide',
				'Deuil par suicide',
				'Bereavement by suicide',
				['endeuillé par suicide', 'suicide loss', 'suicide bereavement']
			],
			[
				'idees-suicidaires',
				'Idées suicidaires',
				'Suicidal thoughts',
				['envie de mourir', 'suicidal ideation']
			]
		]
	),
	...branch(
		'addictions',
		'Addictions',
		'Addictions',
		['dépendance', 'addiction', 'usage de drogues'],
		[
			['alcool', 'Alcool', 'Alcohol', ['alcoolisme', 'alcoolodépendance', 'alcoholism']],
			['cocaine', 'Cocaïne et crack', 'Cocaine and crack', ['crack', 'coke']],
			[
				'opiaces',
				'Opiacés (héroïne, médicaments opioïdes)',
				'Opioids (heroin, prescription opioids)',
				['héroïne', 'méthadone', 'subutex', 'heroin', 'opioids']
			],
			['cannabis', 'Cannabis', 'Cannabis', ['shit', 'weed', 'marijuana']],
			['jeux-d-argent', 'Jeux d’argent', 'Gambling', ['addiction au jeu', 'paris en ligne', 'gambling']],
			['chemsex', 'Chemsex', 'Chemsex', ['slam', 'produits de synthèse']],
			[
				'medicaments',
				'Médicaments (benzodiazépines…)',
				'Prescription drugs (benzodiazepines…)',
				['benzodiazépines', 'somnifères']
			],
			['tabac', 'Tabac', 'Tobacco', ['cigarette', 'nicotine', 'smoking']]
		]
	),
	...branch(
		'handicap-moteur',
		'Handicap moteur',
		'Physical disability',
		['mobilité réduite', 'fauteuil roulant', 'wheelchair'],
		[
			[
				'blessure-medullaire',
				'Blessure médullaire',
				'Spinal cord injury',
				['paraplégie', 'tétraplégie', 'paraplegia', 'tetraplegia']
			],
			['amputation', 'Amputation', 'Amputation', ['prothèse', 'amputee']],
			[
				'infirmite-motrice-cerebrale',
				'Infirmité motrice cérébrale',
				'Cerebral palsy',
				['imc', 'paralysie cérébrale', 'cerebral palsy']
			],
			[
				'maladie-neuromusculaire',
				'Maladie neuromusculaire',
				'Neuromuscular disease',
				['myopathie', 'muscular dystrophy']
			],
			[
				'avc',
				'Séquelles d’AVC',
				'After-effects of a stroke',
				['accident vasculaire cérébral', 'stroke', 'hémiplégie']
			]
		]
	),
	...branch(
		'handicap-sensoriel',
		'Handicap sensoriel',
		'Sensory disability',
		['sens'],
		[
			[
				'surdite',
				'Surdité',
				'Deafness',
				['sourd', 'sourde', 'malentendant', 'deaf', 'hard of hearing', 'lsf']
			],
			[
				'surdite-tardive',
				'Surdité survenue à l’âge adulte',
				'Late-onset deafness',
				['devenu sourd', 'implant cochléaire', 'cochlear implant']
			],
			[
				'cecite',
				'Cécité et malvoyance',
				'Blindness and low vision',
				['aveugle', 'malvoyant', 'blind', 'visually impaired']
			],
			['surdicecite', 'Surdicécité', 'Deafblindness', ['sourd-aveugle', 'deafblind']]
		]
	),
	...branch(
		'neurodeveloppement',
		'Troubles du neuro-développement',
		'Neurodevelopmental conditions',
		['neurodivergence', 'neurodivergent'],
		[
			['autisme', 'Autisme', 'Autism', ['tsa', 'asperger', 'trouble du spectre de l’autisme', 'autistic']],
			['tdah', 'TDAH', 'ADHD', ['trouble du déficit de l’attention', 'hyperactivité', 'attention deficit']],
			[
				'troubles-dys',
				'Troubles « dys »',
				'Specific learning disorders',
				['dyslexie', 'dyspraxie', 'dyscalculie', 'dyslexia']
			]
		]
	),
	...branch(
		'handicap-intellectuel',
		'Handicap intellectuel et cognitif',
		'Intellectual and cognitive disability',
		['déficience intellectuelle'],
		[
			[
				'deficience-intellectuelle',
				'Déficience intellectuelle',
				'Intellectual disability',
				['handicap mental', 'learning disability']
			],
			['trisomie-21', 'Trisomie 21', 'Down syndrome', ['syndrome de down', 'down syndrome']],
			[
				'traumatisme-cranien',
				'Traumatisme crânien',
				'Traumatic brain injury',
				['lésion cérébrale', 'brain injury', 'tc']
			]
		]
	),
	...branch(
		'maladies-chroniques',
		'Maladies chroniques',
		'Chronic illness',
		['maladie longue', 'ald'],
		[
			['diabete', 'Diabète', 'Diabetes', ['diabétique', 'diabetic']],
			['vih', 'VIH', 'HIV', ['séropositivité', 'sida', 'hiv', 'aids']],
			['cancer', 'Cancer', 'Cancer', ['oncologie', 'chimiothérapie', 'rémission']],
			['sclerose-en-plaques', 'Sclérose en plaques', 'Multiple sclerosis', ['sep', 'ms']],
			['maladie-rare', 'Maladie rare', 'Rare disease', ['maladie orpheline', 'rare disease']],
			['douleur-chronique', 'Douleur chronique', 'Chronic pain', ['fibromyalgie', 'fibromyalgia']],
			['epilepsie', 'Épilepsie', 'Epilepsy', ['crises d’épilepsie', 'epileptic']],
			[
				'maladies-inflammatoires',
				'Maladies inflammatoires chroniques',
				'Chronic inflammatory diseases',
				['crohn', 'rectocolite', 'lupus']
			]
		]
	),
	...branch(
		'precarite',
		'Précarité et exclusion',
		'Poverty and exclusion',
		['pauvreté', 'exclusion sociale', 'poverty'],
		[
			[
				'vie-a-la-rue',
				'Vie à la rue',
				'Living on the street',
				['sans-abri', 'sdf', 'sans domicile', 'homeless', 'rough sleeping']
			],
			[
				'hebergement-urgence',
				'Hébergement d’urgence',
				'Emergency accommodation',
				['foyer', 'centre d’hébergement', 'shelter', '115']
			],
			[
				'sortie-de-prison',
				'Sortie de prison',
				'Leaving prison',
				['détention', 'incarcération', 'ex-détenu', 'prison release']
			],
			[
				'exil',
				'Exil et demande d’asile',
				'Exile and seeking asylum',
				['migration', 'réfugié', 'demandeur d’asile', 'refugee', 'asylum']
			],
			[
				'chomage-longue-duree',
				'Chômage de longue durée',
				'Long-term unemployment',
				['sans emploi', 'rsa', 'unemployed']
			],
			['surendettement', 'Surendettement', 'Over-indebtedness', ['dettes', 'debt']]
		]
	),
	...branch(
		'proches-aidants',
		'Proches aidants',
		'Relatives and carers',
		['aidant familial', 'carer', 'caregiver', 'famille'],
		[
			[
				'parent-enfant-trouble-psychique',
				'Parent d’un enfant avec un trouble psychique',
				'Parent of a child with a mental health condition',
				['parent', 'enfant malade psychique']
			],
			[
				'conjoint-trouble-psychique',
				'Conjoint·e d’une personne avec un trouble psychique',
				'Partner of a person with a mental health condition',
				['conjoint', 'conjointe', 'partner', 'spouse']
			],
			[
				'enfant-parent-malade',
				'Enfant d’un parent malade',
				'Child of an ill parent',
				['jeune aidant', 'young carer']
			],
			[
				'parent-enfant-handicape',
				'Parent d’un enfant handicapé',
				'Parent of a disabled child',
				['parent d’enfant handicapé', 'disabled child']
			],
			[
				'frere-soeur',
				'Frère ou sœur d’une personne malade ou handicapée',
				'Sibling of an ill or disabled person',
				['fratrie', 'sibling']
			],
			[
				'proche-addiction',
				'Proche d’une personne dépendante',
				'Relative of a person with an addiction',
				['famille addiction', 'codépendance']
			],
			[
				'aidant-personne-agee',
				'Aidant d’une personne âgée dépendante',
				'Carer of a dependent older person',
				['alzheimer', 'dépendance', 'dementia']
			]
		]
	),
	...branch(
		'parentalite',
		'Parentalité',
		'Parenthood',
		['parents', 'parenting'],
		[
			[
				'parent-trouble-psychique',
				'Parentalité avec un trouble psychique',
				'Parenting with a mental health condition',
				['être parent et malade psychique']
			],
			[
				'depression-post-partum',
				'Dépression post-partum',
				'Postnatal depression',
				['périnatalité', 'baby blues', 'postpartum']
			],
			[
				'parent-handicape',
				'Parentalité et handicap',
				'Parenting with a disability',
				['parent handicapé', 'disabled parent']
			],
			[
				'placement-enfant',
				'Enfant placé (vécu de parent)',
				'Child taken into care (as a parent)',
				['ase', 'aide sociale à l’enfance', 'child protection']
			]
		]
	),
	...branch(
		'vie-affective',
		'Vie affective, sexuelle et identité',
		'Emotional and sexual life, identity',
		['intimité', 'relationships'],
		[
			[
				'vie-affective-handicap',
				'Vie affective et sexuelle et handicap',
				'Emotional and sexual life with a disability',
				['sexualité et handicap', 'accompagnement sexuel', 'intimacy and disability']
			],
			['transidentite', 'Transidentité', 'Being trans', ['trans', 'transition', 'transgender']],
			[
				'orientation-sexuelle',
				'Homosexualité, bisexualité et discriminations',
				'Being gay or bisexual and facing discrimination',
				['lgbt', 'homophobie', 'coming out']
			]
		]
	),
	...branch(
		'violences',
		'Violences subies',
		'Surviving violence',
		['violence', 'victime'],
		[
			[
				'violences-conjugales',
				'Violences conjugales',
				'Domestic violence',
				['violences au sein du couple', 'domestic abuse']
			],
			[
				'violences-sexuelles',
				'Violences sexuelles',
				'Sexual violence',
				['viol', 'agression sexuelle', 'inceste', 'sexual assault']
			],
			[
				'harcelement',
				'Harcèlement',
				'Harassment and bullying',
				['harcèlement scolaire', 'harcèlement au travail', 'bullying']
			],
			[
				'enfance-placee',
				'Enfance placée (ASE)',
				'Growing up in care',
				['aide sociale à l’enfance', 'foster care', 'care leaver']
			]
		]
	),
	...branch(
		'deuil',
		'Deuil',
		'Bereavement',
		['perte d’un proche', 'grief'],
		[
			['deuil-enfant', 'Deuil d’un enfant', 'Loss of a child', ['parent endeuillé', 'bereaved parent']],
			[
				'deuil-perinatal',
				'Deuil périnatal',
				'Perinatal loss',
				['fausse couche', 'mort in utero', 'miscarriage', 'stillbirth']
			],
			['deuil-conjoint', 'Deuil d’un·e conjoint·e', 'Loss of a partner', ['veuvage', 'widowhood']]
		]
	)
];
