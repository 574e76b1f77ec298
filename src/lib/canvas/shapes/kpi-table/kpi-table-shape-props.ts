import { T, type RecordProps, type TLBaseShape } from '@tldraw/tldraw';
import { initialCardHeight, type CardFieldOf, type TableRow } from '../card/card-field.ts';

const COLUMNS = [
	{ key: 'metric', label: { nl: 'KPI', en: 'KPI' } },
	{ key: 'channel', label: { nl: 'Kanaal', en: 'Channel' } },
	{ key: 'baseline', label: { nl: 'Nulmeting', en: 'Baseline' } },
	{ key: 'target', label: { nl: 'Streefwaarde', en: 'Target' } },
	{ key: 'measured', label: { nl: 'Gemeten', en: 'Measured' } }
];

export type KpiTableShape = TLBaseShape<
	'kpi-table',
	{ w: number; h: number; title: string; rows: TableRow[] }
>;

export const kpiTableShapeProps: RecordProps<KpiTableShape> = {
	w: T.nonZeroNumber,
	h: T.nonZeroNumber,
	title: T.string,
	rows: T.arrayOf(T.dict(T.string, T.string))
};

export const kpiTableFields: CardFieldOf<KpiTableShape>[] = [
	{ key: 'title', label: { nl: 'Titel', en: 'Title' }, kind: 'text' },
	{ key: 'rows', label: { nl: 'Metingen', en: 'Measurements' }, kind: 'table', columns: COLUMNS }
];

const emptyRow = (): TableRow => Object.fromEntries(COLUMNS.map((c) => [c.key, '']));

export const kpiTableDefaultProps = (): KpiTableShape['props'] => ({
	w: 620,
	h: initialCardHeight(kpiTableFields, 120),
	title: '',
	rows: [emptyRow(), emptyRow(), emptyRow()]
});
