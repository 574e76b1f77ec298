import { row, rowWidth } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

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
		nl: 'Bron: Kooi, Social Business Strategy Maturity Index; de namen van fase 2–6 volgen Altimeter (Li & Terpening).',
		en: 'Source: Kooi, Social Business Strategy Maturity Index; the names of phases 2–6 follow Altimeter (Li & Terpening).'
	},
	areas: [
		...row(
			[
				{
					key: 'planning',
					title: { nl: '1. Planning', en: '1. Planning' },
					guidance: {
						nl: 'Luisteren, pilots, interne gereedheid, doelen en KPI’s.',
						en: 'Listen, pilots, internal readiness, objectives and KPIs.'
					}
				},
				{
					key: 'presence',
					title: { nl: '2. Presence', en: '2. Presence' },
					guidance: {
						nl: 'Aanwezig op de kanalen van de doelgroep.',
						en: 'Present on the audience’s channels.'
					}
				},
				{
					key: 'engagement',
					title: { nl: '3. Engagement', en: '3. Engagement' },
					guidance: { nl: 'In gesprek met de community.', en: 'In conversation with the community.' }
				},
				{
					key: 'formalized',
					title: { nl: '4. Formalized', en: '4. Formalized' },
					guidance: {
						nl: 'Afspraken, rollen en processen vastgelegd.',
						en: 'Agreements, roles and processes in place.'
					}
				},
				{
					key: 'strategic',
					title: { nl: '5. Strategic', en: '5. Strategic' },
					guidance: {
						nl: 'Social is deel van de bedrijfsstrategie.',
						en: 'Social is part of the business strategy.'
					}
				},
				{
					key: 'converged',
					title: { nl: '6. Converged', en: '6. Converged' },
					guidance: {
						nl: 'Social zit in de hele organisatie.',
						en: 'Social runs through the whole organisation.'
					}
				}
			],
			{ w: 300, h: 460 }
		),
		{
			key: 'next-phase',
			x: 0,
			y: 540,
			w: rowWidth(6, 300),
			h: 420,
			title: { nl: 'Wat heeft de volgende fase nodig?', en: 'What does the next phase need?' },
			guidance: {
				nl: 'Zet de stip in de fase waar de organisatie nu staat; noteer hier wat nodig is voor de volgende.',
				en: 'Put the marker in the phase the organisation is in now; note here what the next one needs.'
			}
		}
	],
	notes: [
		{
			key: 'we-are-here',
			area: 'planning',
			x: 50,
			y: 200,
			text: { nl: 'Wij staan hier', en: 'We are here' },
			color: 'red'
		}
	]
} satisfies TemplateDefinition;
