import { cardShapeUtil } from '../card/card-shape-util.tsx';
import { contentItemCard } from './content-item-card.ts';
import { contentItemShapeMigrations } from './content-item-shape-migrations.ts';

export const ContentItemShapeUtil = cardShapeUtil(contentItemCard, contentItemShapeMigrations);
