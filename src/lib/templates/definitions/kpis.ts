import { row } from '../layout.ts';
import type { TemplateDefinition } from '../types.ts';

/** The baseline (nulmeting), the KPIs to move, and when to evaluate. */
export default {
	id: 'kpis',
	order: 9,
	title: { nl: 'Nulmeting en KPI’s', en: 'Baseline and KPIs' },
	description: {
		nl: 'Meet vóór de start, kies KPI’s, plan evaluatiemomenten.',
		en: 'Measure before you start, choose KPIs, plan evaluation moments.'
	},
	source: {
		nl: 'Bron: nulmeting en evaluatie uit het lesmateriaal; het noemt geen auteur.',
		en: 'Source: baseline and evaluation from the course material; it names no author.'
	},
	areas: row(
		[
			{
				key: 'baseline',
				title: { nl: 'Nulmeting', en: 'Baseline' },
				guidance: {
					nl: 'Volgers per kanaal; wat en hoeveel er over het merk wordt gezegd — gemeten vóór de strategie start.',
					en: 'Followers per channel; what and how much is said about the brand — measured before the strategy starts.'
				}
			},
			{
				key: 'kpis',
				title: { nl: 'KPI’s', en: 'KPIs' },
				guidance: {
					nl: 'Bereik, engagement, conversie, tevredenheid: elk met kanaal, nulmeting, streefwaarde en datum.',
					en: 'Reach, engagement, conversion, satisfaction: each with channel, baseline, target and date.'
				}
			},
			{
				key: 'evaluation',
				title: { nl: 'Evaluatiemomenten', en: 'Evaluation moments' },
				guidance: {
					nl: 'Wanneer meet je opnieuw, en wie vergelijkt met de nulmeting?',
					en: 'When do you measure again, and who compares with the baseline?'
				}
			}
		],
		{ w: 680, h: 760 }
	),
	notes: [],
	shapes: [{ key: 'kpi-table', type: 'kpi-table', area: 'kpis', x: 30, y: 150 }]
} satisfies TemplateDefinition;
