/** Board rules shared by the browser and the server. */
export const TITLE_MAX_LENGTH = 120;
