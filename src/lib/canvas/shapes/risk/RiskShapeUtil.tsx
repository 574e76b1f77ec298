import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { riskCard } from './risk-card.ts';
import { riskShapeMigrations } from './risk-shape-migrations.ts';

export const RiskShapeUtil = cardShapeUtil(riskCard, riskShapeMigrations);
