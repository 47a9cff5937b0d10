// Plain JavaScript, so that a worker can start under any loader (tsx, Vite's config loader,
// Vitest): it registers tsx, then loads the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./prepare-worker.ts')
