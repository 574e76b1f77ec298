import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Budget cards live on in saved boards: a props change is a new numbered migration here. */
export const budgetShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
