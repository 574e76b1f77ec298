import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** Objective cards live on in saved boards: a props change is a new numbered migration here. */
export const objectiveShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
