import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Ground-rules cards live on in saved boards: a props change is a new numbered migration here. */
export const groundRulesShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
