/** One page of each kind the site has: what the phone and accessibility checks visit. */
export const EVERY_PAGE = ['/', '/province/01/', '/unit34/01/', '/map/', '/progress/', '/report/', '/import/'] as const;
