import { GoalShapeUtil } from './goal/GoalShapeUtil.tsx';
import { ObjectiveShapeUtil } from './objective/ObjectiveShapeUtil.tsx';
import { PersonaShapeUtil } from './persona/PersonaShapeUtil.tsx';

/** Werkbord's own shapes, registered next to tldraw's defaults (sticky notes stay available). */
export const cardShapeUtils = [PersonaShapeUtil, GoalShapeUtil, ObjectiveShapeUtil];

export type CardType = (typeof cardShapeUtils)[number]['type'];
