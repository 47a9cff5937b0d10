import { fileURLToPath, URL } from 'node:url'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy } from './src/build-plugins/content-security-policy'
import { frontPageData } from './src/build-plugins/front-page-data'
import { spaFallback } from './src/build-plugins/spa-fallback'
import { corpusPlugin } from './src/compiler/vite-plugin-corpus'
import { corpusPaths } from './src/corpus/paths'

// BASE_PATH lets the build run from a sub-path of a static host (e.g. BASE_PATH=/reader/).
const base = process.env.BASE_PATH ?? '/'
// CORPUS_IN builds the app on another folder of raw issues (the bench's synthetic archives);
// PUBLIC_DIR keeps such a build's generated corpus out of the project's own public/.
const corpusIn = process.env.CORPUS_IN ?? 'src/content/issues'
const publicDir = process.env.PUBLIC_DIR ?? 'public'

// Modules (and, with them, all they import) that load right after the app's code on nearly every
// first visit: zod and the list validators (every page checks a corpus file), the bookmarks store
// and the list components that show its toggles, and `/` (where most visits start). One request
// instead of six: on a phone, requests made at once share the bandwidth, and each one that gets
// less than its size takes another round trip.
const READER_CORE = new RegExp(
  [
    '/node_modules/zod/',
    '/src/corpus/list-validators',
    '/src/stores/bookmarks-store',
    '/src/routes/index\\.tsx',
  ].join('|'),
)

export default defineConfig({
  base,
  publicDir,
  plugins: [
    corpusPlugin({ inDir: corpusIn, outDir: `${publicDir}/corpus` }),
    frontPageData(`${publicDir}/${corpusPaths.frontPage}`),
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    VitePWA({
      // The app shows its own "new version" prompt, so a reload never surprises a reader.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Batch Reader',
        short_name: 'Batch Reader',
        description: "Read The Batch, DeepLearning.AI's weekly AI newsletter, online and offline.",
        theme_color: '#b3261e',
        background_color: '#fbfaf7',
        display: 'standalone',
        start_url: base,
        scope: base,
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole corpus is precached after the first visit, so every issue, story, search and
        // bookmark works offline; revisions change with the corpus, which triggers the prompt.
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}', 'corpus/**/*.json'],
        maximumFileSizeToCacheInBytes: 30 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/corpus\//],
        cleanupOutdatedCaches: true,
      },
    }),
    contentSecurityPolicy(),
    spaFallback(),
  ],
  build: {
    rolldownOptions: {
      output: {
        // Explicit compile hint: Chrome compiles the app shell's functions eagerly, on a background
        // thread while the file streams in, instead of one by one on the main thread during the
        // first render (Lighthouse's blocking time on `/` fell by about a third).
        postBanner: (chunk) =>
          chunk.moduleIds.some((id) => id.endsWith('/src/main.tsx'))
            ? '//# allFunctionsCalledOnLoad'
            : '',
        codeSplitting: {
          // Every request costs a round trip on a phone: the modules every page needs travel as
          // one chunk, and tiny shared chunks are folded into the chunks that use them.
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            // What nearly every first visit loads right after the app's code, as one request.
            { name: 'reader', test: READER_CORE, priority: 1 },
          ],
          experimentalInlineCommonChunks: { maxSize: 8 * 1024 },
        },
      },
    },
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
})
