/**
 * The files a board exports to (`/b/<id>/export.<format>`): the board, its plan, and who
 * contributed what (csv). The route matcher runs in the browser too.
 */
export const EXPORT_FORMATS = ['json', 'md', 'docx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
