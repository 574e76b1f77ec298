import { notesIn } from '../layout.ts';
import type { TemplateArea, TemplateDefinition } from '../types.ts';

const W = 480;
const H = 800;

/** The three phases around a circle: strategy at the top, then clockwise. */
const at = { strategy: { x: 560, y: 0 }, community: { x: 1120, y: 960 }, facilitating: { x: 0, y: 960 } };

const area = (key: keyof typeof at, spec: Pick<TemplateArea, 'title' | 'guidance'>): TemplateArea => ({
	key,
	...at[key],
	w: W,
	h: H,
	...spec
});

/**
 * MarketingMonday's Social Media Cycle: three phases in a cycle, each with what the source lists
 * for it and nothing more (docs/models.md). The source speaks of twelve steps but names none.
 */
export default {
	id: 'social-media-cycle',
	order: 6,
	title: { nl: 'Social Media Cycle', en: 'Social Media Cycle' },
	description: {
		nl: 'Drie fasen in een cirkel, met wat de bron per fase noemt.',
		en: 'Three phases in a cycle, with what the source lists for each.'
	},
	source: {
		nl: 'Bron: Social Media Cycle van MarketingMonday. De bron spreekt van 12 stappen in 3 fasen, maar noemt alleen per fase de inhoud; die staat hier zoals de bron hem noemt.',
		en: 'Source: Social Media Cycle by MarketingMonday. The source speaks of 12 steps in 3 phases but only lists the contents of each phase; they are here as the source lists them.'
	},
	areas: [
		area('strategy', {
			title: { nl: 'Fase 1 — Strategie', en: 'Phase 1 — Strategy' },
			guidance: {
				nl: 'Bepaal je doelstellingen, je doelgroep, de content die je wilt verspreiden, de kanalen, en of je owned en/of paid media gebruikt.',
				en: 'Decide on your objectives, your audience, the content you want to spread, the channels, and whether you use owned and/or paid media.'
			}
		}),
		area('community', {
			title: { nl: 'Fase 2 — Community’s opbouwen', en: 'Phase 2 — Building communities' },
			guidance: {
				nl: 'Verbind je fans en activeer ze om iets te doen. Bedenk hoe je community groeit en hoe ze jouw producten gaat kopen.',
				en: 'Connect your fans and get them to do something. Work out how your community grows and comes to buy your products.'
			}
		}),
		area('facilitating', {
			title: { nl: 'Fase 3 — Faciliteren en organiseren', en: 'Phase 3 — Facilitating and organising' },
			guidance: {
				nl: 'Analyseer je inspanningen, zorg dat medewerkers gemotiveerd zijn en dat er de juiste tools zijn, en regel wie wat doet.',
				en: 'Analyse your efforts, make sure employees are motivated and have the right tools, and decide who does what.'
			}
		})
	],
	notes: [
		...notesIn(
			'strategy',
			[
				{ nl: 'Doelstellingen', en: 'Objectives' },
				{ nl: 'Doelgroep', en: 'Audience' },
				{ nl: 'Content die we verspreiden', en: 'Content we spread' },
				{ nl: 'Kanalen', en: 'Channels' },
				{ nl: 'Owned en/of paid media', en: 'Owned and/or paid media' }
			],
			'yellow',
			2
		),
		...notesIn(
			'community',
			[
				{ nl: 'Fans verbinden', en: 'Connect fans' },
				{ nl: 'Fans activeren', en: 'Activate fans' },
				{ nl: 'De community laten groeien', en: 'Grow the community' },
				{ nl: 'De community koopt onze producten', en: 'The community buys our products' }
			],
			'light-green',
			2
		),
		...notesIn(
			'facilitating',
			[
				{ nl: 'Inspanningen analyseren', en: 'Analyse our efforts' },
				{ nl: 'Gemotiveerde medewerkers', en: 'Motivated employees' },
				{ nl: 'De juiste tools', en: 'The right tools' },
				{ nl: 'Wie doet wat', en: 'Who does what' }
			],
			'light-blue',
			2
		)
	],
	// Clockwise, each arrow bowing outwards, so the three phases read as a circle.
	arrows: [
		{ key: 'strategy-to-community', from: { x: 1060, y: 420 }, to: { x: 1360, y: 940 }, bend: -120 },
		{ key: 'community-to-facilitating', from: { x: 1100, y: 1400 }, to: { x: 500, y: 1400 }, bend: -120 },
		{ key: 'facilitating-to-strategy', from: { x: 240, y: 940 }, to: { x: 540, y: 420 }, bend: -120 }
	]
} satisfies TemplateDefinition;
