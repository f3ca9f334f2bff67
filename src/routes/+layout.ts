// Every page is built to static HTML; the data that needs no user input is in it before any script runs.
export const prerender = true;
export const trailingSlash = 'always';
