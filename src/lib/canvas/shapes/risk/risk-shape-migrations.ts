import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Risk cards live on in saved boards: a props change is a new numbered migration here. */
export const riskShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
