import { defineCard } from '../card/card-definition.ts';

/** The baseline and KPIs as a table: what is measured where, from what, to what (docs/models.md, baseline and KPIs). */
export const kpiTableCard = defineCard({
	type: 'kpi-table',
	label: { nl: 'Nulmeting en KPI’s', en: 'Baseline and KPIs' },
	accent: '#5f3dc4',
	width: 620,
	extraHeight: 120,
	fields: [
		{ key: 'title', label: { nl: 'Titel', en: 'Title' }, kind: 'text' },
		{
			key: 'rows',
			label: { nl: 'Metingen', en: 'Measurements' },
			kind: 'table',
			rows: 3,
			columns: [
				{ key: 'metric', label: { nl: 'KPI', en: 'KPI' } },
				{ key: 'channel', label: { nl: 'Kanaal', en: 'Channel' } },
				{ key: 'baseline', label: { nl: 'Nulmeting', en: 'Baseline' } },
				{ key: 'target', label: { nl: 'Streefwaarde', en: 'Target' } },
				{ key: 'measured', label: { nl: 'Gemeten', en: 'Measured' } }
			]
		}
	]
});
