/**
 * Fabric would fetch its web fonts from a Microsoft CDN; an empty base URL makes it use the
 * system's fonts, so the pane makes no request of its own. Set from the bundle (imported first by
 * index.tsx, before Fabric loads) rather than an inline script, which the page's
 * Content-Security-Policy (script-src 'self' + the office.js host) does not allow.
 */
declare global {
  interface Window { FabricConfig?: { fontBaseUrl?: string } }
}

if (typeof window !== 'undefined') window.FabricConfig = { ...window.FabricConfig, fontBaseUrl: '' };

export {};
