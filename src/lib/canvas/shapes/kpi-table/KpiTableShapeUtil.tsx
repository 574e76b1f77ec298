import { CardShapeUtil } from '../card/card-shape-util.tsx';
import { FieldCard } from '../card/FieldCard.tsx';
import { kpiTableShapeMigrations } from './kpi-table-shape-migrations.ts';
import {
	kpiTableDefaultProps,
	kpiTableFields,
	kpiTableShapeProps,
	type KpiTableShape
} from './kpi-table-shape-props.ts';

const KIND = { nl: 'Nulmeting en KPI’s', en: 'Baseline and KPIs' };

export class KpiTableShapeUtil extends CardShapeUtil<KpiTableShape> {
	static override type = 'kpi-table' as const;
	static override props = kpiTableShapeProps;
	static override migrations = kpiTableShapeMigrations;

	override getDefaultProps() {
		return kpiTableDefaultProps();
	}

	override component(shape: KpiTableShape) {
		return <FieldCard shape={shape} kind={KIND} fields={kpiTableFields} accent="#5f3dc4" />;
	}
}
