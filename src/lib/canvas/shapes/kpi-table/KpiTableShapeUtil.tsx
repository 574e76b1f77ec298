import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { kpiTableCard } from './kpi-table-card.ts';
import { kpiTableShapeMigrations } from './kpi-table-shape-migrations.ts';

export const KpiTableShapeUtil = cardShapeUtil(kpiTableCard, kpiTableShapeMigrations);
