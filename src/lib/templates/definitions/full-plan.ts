import { grid, notesIn } from '../layout.ts';
import type { Localized, TemplateDefinition, TemplateNote, TemplateShape } from '../types.ts';

const CARD_Y = 150;
/** Cards side by side in a chapter, one card width (320) and a gap apart. */
const cardsIn = (area: string, type: TemplateShape['type'], count: number, from = 0): TemplateShape[] =>
	Array.from({ length: count }, (_, i) => ({
		key: `${area}/${type}-${i + 1}`,
		type,
		area,
		x: 24 + (from + i) * 350,
		y: CARD_Y
	}));

const prompts = (area: string, texts: Localized[], color: TemplateNote['color'] = 'yellow') =>
	notesIn(area, texts, color, 4);

/**
 * The social media plan a team hands in: its ten chapters in the sources' order (docs/models.md),
 * each a frame with the source's points as its guiding question and the cards that hold its
 * content, after a frame for where StepFree and the baseline start (docs/models.md).
 */
export default {
	id: 'full-plan',
	order: 13,
	title: { nl: 'Volledig socialemediaplan', en: 'Full social media plan' },
	description: {
		nl: 'De tien hoofdstukken van een socialemediaplan, in volgorde, met de kaarten die erin horen.',
		en: 'The ten chapters of a social media plan, in order, with the cards that belong in each.'
	},
	source: {
		nl: 'Bronnen: de tien hoofdstukken uit het lesmateriaal (zonder auteur) · Li & Bernoff (Groundswell) · Kooi (SBSMI) · Heath & Heath (Made to Stick) · MarketingMonday · StepFree met Zest marketing (Sjef Kerkhofs) · OASIS (UK Government Communication Service).',
		en: 'Sources: the ten chapters from the course material (no author named) · Li & Bernoff (Groundswell) · Kooi (SBSMI) · Heath & Heath (Made to Stick) · MarketingMonday · StepFree with Zest marketing (Sjef Kerkhofs) · OASIS (UK Government Communication Service).'
	},
	areas: grid(
		[
			{
				key: 'start',
				title: {
					nl: 'Vooraf: probleemstelling, organisatie en nulmeting',
					en: 'First: problem statement, organisation and baseline'
				},
				guidance: {
					nl: 'Welk bedrijfs- of marketingprobleem pakt social media aan (bijv. ‘hoe kunnen we besparen op klantenservice?’)? Is er draagvlak in de organisatie, en wat vraagt het aan verandering en cultuur? Begin met een nulmeting: volgers per kanaal, wat en hoeveel er over het merk wordt gezegd.',
					en: 'Which business or marketing problem does social media address (e.g. ‘how can we save on customer service?’)? Is there support across the organisation, and what does it ask of change and culture? Start with a baseline: followers per channel, what and how much is said about the brand.'
				}
			},
			{
				key: 'objectives',
				title: { nl: '1. Doelstellingen', en: '1. Objectives' },
				guidance: {
					nl: 'Welk doel dient social media: traffic, engagement, vindbaarheid, sales (conversie) of een ander doel, zoals naamsbekendheid? SMART-doelstellingen, afgestemd op de marketing- en bedrijfsdoelstellingen.',
					en: 'Which goal does social media serve: traffic, engagement, findability, sales (conversion) or another, such as brand awareness? SMART objectives, aligned with the marketing and business objectives.'
				}
			},
			{
				key: 'audience',
				title: { nl: '2. Doelgroepanalyse en persona’s', en: '2. Audience analysis and personas' },
				guidance: {
					nl: 'Gedrag (online gewoonten), demografie en interesses. Per persona: naam en leeftijd, doelen en uitdagingen, mediaconsumptie, wensen en behoeften.',
					en: 'Behaviour (online habits), demographics and interests. Per persona: name and age, goals and challenges, media consumption, wishes and needs.'
				}
			},
			{
				key: 'content',
				title: { nl: '3. Contentstrategie en -planning', en: '3. Content strategy and planning' },
				guidance: {
					nl: 'Een contentkalender met frequentie en soort content; een contentmix van informatieve posts, vermaak en promoties; KPI’s per content.',
					en: 'A content calendar with frequency and kind of content; a content mix of informative posts, entertainment and promotions; KPIs per content.'
				}
			},
			{
				key: 'channels',
				title: { nl: '4. Kanaalkeuze en -strategie', en: '4. Channel choice and strategy' },
				guidance: {
					nl: 'Welke kanalen passen bij de belangrijkste doelgroepen en de doelstellingen? Welke content per kanaal? Hoe stimuleer je interactie?',
					en: 'Which channels fit the main audiences and the objectives? Which content per channel? How do you encourage interaction?'
				}
			},
			{
				key: 'community',
				title: { nl: '5. Community management', en: '5. Community management' },
				guidance: {
					nl: 'Luisteren en reageren, engagement stimuleren, communityrichtlijnen; en social listening, klantenservice en feedback verzamelen.',
					en: 'Listening and responding, encouraging engagement, community guidelines; and social listening, customer support and gathering feedback.'
				}
			},
			{
				key: 'measurement',
				title: { nl: '6. Meetbaarheid en evaluatie', en: '6. Measurement and evaluation' },
				guidance: {
					nl: 'SMART-doelstellingen, analytics, KPI’s (bereik, betrokkenheid, conversies, klanttevredenheid) tegen de nulmeting, en vaste evaluatiemomenten.',
					en: 'SMART objectives, analytics, KPIs (reach, engagement, conversions, customer satisfaction) against the baseline, and set evaluation moments.'
				}
			},
			{
				key: 'budget',
				title: { nl: '7. Budget en middelen', en: '7. Budget and resources' },
				guidance: {
					nl: 'Advertenties, contentcreatie, tools en externe hulp, met bedragen; mensen, tijd en expertise.',
					en: 'Ads, content creation, tools and external help, with amounts; people, time and expertise.'
				}
			},
			{
				key: 'integration',
				title: {
					nl: '8. Integratie met overige marketingactiviteiten',
					en: '8. Integration with other marketing'
				},
				guidance: {
					nl: 'Sluit social media aan op de andere campagnes, branding en tone of voice? Welke data deel je, en hoe versterken kanalen elkaar?',
					en: 'Does social media fit the other campaigns, branding and tone of voice? Which data do you share, and how do channels strengthen each other?'
				}
			},
			{
				key: 'risks',
				title: { nl: '9. Risico’s en crisismanagement', en: '9. Risks and crisis management' },
				guidance: {
					nl: 'Welke risico’s? Welk protocol, en wie doet wat? Monitoring, escalatie en training.',
					en: 'Which risks? Which protocol, and who does what? Monitoring, escalation and training.'
				}
			},
			{
				key: 'improvement',
				title: { nl: '10. Continu bijstellen en optimaliseren', en: '10. Continuous improvement' },
				guidance: {
					nl: 'Gebruikersgedrag, markttrends en campagneresultaten blijven volgen; evalueren en bijsturen.',
					en: 'Keep following user behaviour, market trends and campaign results; evaluate and adjust.'
				}
			}
		],
		{ columns: 3, w: 1080, h: 960 }
	),
	notes: [
		...prompts(
			'start',
			[
				{ nl: 'Probleemstelling', en: 'Problem statement' },
				{ nl: 'Draagvlak, verandermanagement, cultuur', en: 'Support, change management, culture' },
				{ nl: 'Nulmeting: volgers per kanaal', en: 'Baseline: followers per channel' },
				{
					nl: 'Nulmeting: wat en hoeveel er over ons wordt gezegd',
					en: 'Baseline: what and how much is said about us'
				}
			],
			'light-violet'
		),
		...prompts(
			'content',
			[
				{ nl: 'Informatief', en: 'Informative' },
				{ nl: 'Vermakelijk', en: 'Entertaining' },
				{ nl: 'Promotioneel', en: 'Promotional' }
			],
			'light-blue'
		).map((note, i) => ({ ...note, x: 24 + i * 215, y: 560 })),
		...prompts('community', [
			{ nl: 'Luisteren en reageren', en: 'Listen and respond' },
			{ nl: 'Engagement stimuleren', en: 'Encourage engagement' },
			{ nl: 'Communityrichtlijnen', en: 'Community guidelines' },
			{ nl: 'Social listening', en: 'Social listening' },
			{ nl: 'Klantenservice', en: 'Customer support' },
			{ nl: 'Feedback verzamelen', en: 'Gathering feedback' }
		]),
		...prompts('measurement', [{ nl: 'Evaluatiemomenten', en: 'Evaluation moments' }]).map((note) => ({
			...note,
			x: 680,
			y: CARD_Y
		})),
		...prompts('integration', [
			{ nl: 'Coördinatie met andere campagnes', en: 'Coordination with other campaigns' },
			{ nl: 'Consistente branding en tone of voice', en: 'Consistent branding and tone of voice' },
			{ nl: 'Data-uitwisseling', en: 'Sharing data' },
			{ nl: 'Synergie tussen kanalen', en: 'Synergy between channels' },
			{ nl: 'Inzet van influencers', en: 'Working with influencers' }
		]),
		...prompts('risks', [
			{ nl: 'Monitoring', en: 'Monitoring' },
			{ nl: 'Training', en: 'Training' }
		]).map((note, i) => ({ ...note, x: 370 + i * 215, y: CARD_Y })),
		...prompts('improvement', [
			{ nl: 'Wat volgen we?', en: 'What do we follow?' },
			{ nl: 'Wanneer evalueren we?', en: 'When do we evaluate?' },
			{ nl: 'Wat passen we aan?', en: 'What do we adjust?' }
		])
	],
	shapes: [
		...cardsIn('objectives', 'goal', 1),
		...cardsIn('objectives', 'objective', 2, 1),
		...cardsIn('audience', 'persona', 2),
		...cardsIn('content', 'content-item', 3),
		...cardsIn('channels', 'channel', 3),
		...cardsIn('measurement', 'kpi-table', 1),
		...cardsIn('budget', 'budget', 1),
		...cardsIn('risks', 'risk', 1)
	]
} satisfies TemplateDefinition;
