import { fileURLToPath, URL } from 'node:url'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { corpusPlugin } from './src/compiler/vite-plugin-corpus'

// BASE_PATH lets the build run from a sub-path of a static host (e.g. BASE_PATH=/reader/).
const base = process.env.BASE_PATH ?? '/'

export default defineConfig({
  base,
  plugins: [
    corpusPlugin({ inDir: 'src/content/issues', outDir: 'public/corpus' }),
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
})
