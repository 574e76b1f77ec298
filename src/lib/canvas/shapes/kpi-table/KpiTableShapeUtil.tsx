import { fieldCardUtil } from '../card/field-card-util.tsx';
import { kpiTableShapeMigrations } from './kpi-table-shape-migrations.ts';
import {
	kpiTableDefaultProps,
	kpiTableFields,
	kpiTableShapeProps,
	type KpiTableShape
} from './kpi-table-shape-props.ts';

export const KpiTableShapeUtil = fieldCardUtil<KpiTableShape>({
	type: 'kpi-table',
	props: kpiTableShapeProps,
	migrations: kpiTableShapeMigrations,
	defaultProps: kpiTableDefaultProps,
	fields: kpiTableFields,
	kind: { nl: 'Nulmeting en KPI’s', en: 'Baseline and KPIs' },
	accent: '#5f3dc4'
});
