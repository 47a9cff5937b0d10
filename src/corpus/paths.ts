// Paths of the emitted corpus, relative to the app's base URL. Apart from schema.ts so the app
// can know where files are without loading the validators.
export const corpusPaths = {
  catalog: 'corpus/catalog.json',
  frontPage: 'corpus/front.json',
  issueBody: (issueId: string) => `corpus/issues/${issueId}.json`,
  searchIndex: 'corpus/search-index.json',
} as const

/** The id of index.html's JSON data block that carries front.json (see build-plugins/front-page-data.ts). */
export const FRONT_PAGE_DATA_ID = 'front-page-data'
