import type { Localized } from '../../../i18n/localized.ts';

// No tldraw in here: the plan export reads the ring's steps on the server.

export const RING_CENTRE: { title: Localized; detail: Localized } = {
	title: { nl: 'Interne organisatie', en: 'Internal organisation' },
	detail: { nl: 'draagvlak · verandermanagement · cultuur', en: 'support · change management · culture' }
};

/** One step on the ring: its name and, where the source gives one, its guiding question. */
export interface RingStep {
	title: Localized;
	question: Localized | null;
}

/**
 * The steps of the social marketing plan around the organisation, in the order the source tells
 * them (StepFree with Zest marketing; docs/models.md). The source numbers only the third (online
 * behaviour) and states no total: read literally there are eight. Questions are the source's own
 * words where it gives any.
 */
export const RING_STEPS: RingStep[] = [
	{
		title: { nl: 'Probleemstelling en aandachtspunten', en: 'Problem statement and points of attention' },
		question: {
			nl: 'Welk algemeen bedrijfs- of marketingprobleem? Bijv. ‘Hoe kunnen we besparen op onze customerservice?’',
			en: 'Which general business or marketing problem? E.g. ‘How can we save on customer service?’'
		}
	},
	{
		title: { nl: 'Doelgroep en doelstellingen', en: 'Target audience and objectives' },
		question: {
			nl: 'Wat is precies de doelgroep, en welke doelstellingen wil je bereiken met social media?',
			en: 'Who exactly is the audience, and which objectives do you want to reach with social media?'
		}
	},
	{
		title: { nl: 'Online gedrag', en: 'Online behaviour' },
		question: {
			nl: 'Hoe gedraagt je doelgroep zich online? Waar zitten ze en hoe actief zijn ze?',
			en: 'How does your audience behave online? Where are they and how active are they?'
		}
	},
	{ title: { nl: 'Strategische kaders', en: 'Strategic frameworks' }, question: null },
	{
		title: {
			nl: 'Integratie met de complete marktbewerkingsstrategie',
			en: 'Integration with the whole marketing strategy'
		},
		question: {
			nl: 'Passen de socialemedia-inspanningen in het totale marketingplaatje? (De grootste valkuil: eilandjes.)',
			en: 'Do the social media efforts fit the whole marketing picture? (The biggest pitfall: islands.)'
		}
	},
	{
		title: { nl: 'Mediaplan', en: 'Media plan' },
		question: {
			nl: 'Welke kanalen gebruik je, en hoe benut je ze?',
			en: 'Which channels do you use, and how?'
		}
	},
	{ title: { nl: 'Projectmanagement', en: 'Project management' }, question: null },
	{
		title: { nl: 'Activeren', en: 'Activate' },
		question: {
			nl: 'Resultaten meten in harde ROI-cijfers en rendement; een projectteam blijft monitoren, enthousiasmeren en beheren.',
			en: 'Measure results in hard ROI figures and return; a project team keeps monitoring, enthusing and managing.'
		}
	}
];
