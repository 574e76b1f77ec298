import { describeCard } from '../../../../../tests/support/card-checks.ts';
import { kpiTableCard } from './kpi-table-card.ts';

describeCard(kpiTableCard);
