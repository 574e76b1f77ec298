import { createShapePropsMigrationSequence } from '@tldraw/tldraw';

/** KPI table cards live on in saved boards: a props change is a new numbered migration here. */
export const kpiTableShapeMigrations = createShapePropsMigrationSequence({ sequence: [] });
