import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Rings live on in saved boards: a props change is a new numbered migration here. */
export const ringShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
