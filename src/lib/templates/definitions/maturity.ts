import { row, rowWidth } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

/**
 * Phases 2–6 carry the names of Altimeter's stages of social business, which the index follows;
 * the source describes only phase 1, so the board adds nothing to the others (docs/models.md).
 */
const ALTIMETER_STAGES = [
	['presence', 'Presence'],
	['engagement', 'Engagement'],
	['formalized', 'Formalized'],
	['strategic', 'Strategic'],
	['converged', 'Converged']
] as const;

/** Kooi's Social Business Strategy Maturity Index: where is the organisation, what does the next phase need? */
export default {
	id: 'maturity',
	order: 7,
	title: { nl: 'Volwassenheid (SBSMI)', en: 'Maturity (SBSMI)' },
	description: {
		nl: 'Zes fasen: plaats de organisatie en noteer wat de volgende fase vraagt.',
		en: 'Six phases: place the organisation and note what the next phase needs.'
	},
	source: {
		nl: 'Bron: Kooi, Social Business Strategy Maturity Index (fase 1). De namen van fase 2–6 zijn die van Altimeters zes fasen van social business (Li & Terpening), die de index volgt.',
		en: 'Source: Kooi, Social Business Strategy Maturity Index (phase 1). The names of phases 2–6 are those of Altimeter’s six stages of social business (Li & Terpening), which the index follows.'
	},
	areas: [
		...row(
			[
				{
					key: 'planning',
					title: { nl: '1. Planning', en: '1. Planning' },
					guidance: {
						nl: 'De fundering: strategie, middelen, afstemming en uitvoering. Drie doelen: luisteren naar klanten (hoe willen ze op social media behandeld worden?), pilotprojecten om te kiezen wat werkt, en audits: hoe gereed is de interne organisatie (kennis, tools, training)? En: doelstellingen en KPI’s vaststellen.',
						en: 'The foundation: strategy, resources, alignment and execution. Three goals: listen to customers (how do they want to be treated on social media?), pilot projects to choose what works, and audits: how ready is the organisation (knowledge, tools, training)? And: set objectives and KPIs.'
					}
				},
				...ALTIMETER_STAGES.map(([key, name], i) => ({
					key,
					title: { nl: `${i + 2}. ${name}`, en: `${i + 2}. ${name}` },
					guidance: {
						nl: 'Naam van Altimeter; de bron beschrijft deze fase niet.',
						en: 'Name from Altimeter; the source does not describe this phase.'
					}
				}))
			],
			{ w: 300, h: 720 }
		),
		{
			key: 'next-phase',
			x: 0,
			y: 800,
			w: rowWidth(6, 300),
			h: 420,
			title: { nl: 'Wat heeft de volgende fase nodig?', en: 'What does the next phase need?' },
			guidance: {
				nl: 'Sleep ‘Wij staan hier’ naar de fase waarin de organisatie nu staat; noteer hier wat de volgende fase nodig heeft.',
				en: 'Drag ‘We are here’ to the phase the organisation is in now; note here what the next phase needs.'
			}
		}
	],
	notes: [
		{
			key: 'we-are-here',
			area: 'planning',
			x: 50,
			y: 500,
			text: { nl: 'Wij staan hier', en: 'We are here' },
			color: 'red'
		}
	]
} satisfies TemplateDefinition;
