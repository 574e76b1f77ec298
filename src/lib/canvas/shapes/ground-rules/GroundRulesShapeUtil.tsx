import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { groundRulesCard } from './ground-rules-card.ts';
import { groundRulesShapeMigrations } from './ground-rules-shape-migrations.ts';

export const GroundRulesShapeUtil = cardShapeUtil(groundRulesCard, groundRulesShapeMigrations);
