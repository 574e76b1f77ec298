import { defineCard } from '../card/card-definition.ts';

/**
 * What the plan costs, as rows with amounts and their total (docs/models.md, plan chapter 7: ads,
 * content creation, tools, external help), and the people, time and expertise it needs.
 */
export const budgetCard = defineCard({
	type: 'budget',
	label: { nl: 'Begroting', en: 'Budget' },
	accent: '#2b8a3e',
	width: 520,
	extraHeight: 170,
	fields: [
		{ key: 'period', label: { nl: 'Periode', en: 'Period' }, kind: 'text' },
		{
			key: 'rows',
			label: { nl: 'Kosten', en: 'Costs' },
			kind: 'table',
			rows: 4,
			columns: [
				{ key: 'item', label: { nl: 'Post', en: 'Item' } },
				{
					key: 'kind',
					label: {
						nl: 'Soort (advertenties, content, tools, externe hulp)',
						en: 'Kind (ads, content, tools, external help)'
					}
				},
				{ key: 'amount', label: { nl: 'Bedrag (€)', en: 'Amount (€)' }, amount: true }
			]
		},
		{
			key: 'resources',
			label: { nl: 'Mensen, tijd en expertise', en: 'People, time and expertise' },
			kind: 'multiline'
		}
	]
});
