import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { budgetCard } from './budget-card.ts';
import { budgetShapeMigrations } from './budget-shape-migrations.ts';

export const BudgetShapeUtil = cardShapeUtil(budgetCard, budgetShapeMigrations);
