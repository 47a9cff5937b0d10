// Unit tests run without vite-plugin-pwa; its virtual module is replaced by this no-op.
export function registerSW(): (reloadPage?: boolean) => Promise<void> {
  return async () => {}
}
