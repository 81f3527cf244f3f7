import catalogue from 'virtual:catalogue';

/** The catalogue compiled from `rules/` at build time. */
export { catalogue };
