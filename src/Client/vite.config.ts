import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/precompress';

// The web front serves dist/ on the same origin as /api; in development vite forwards these paths to it.
const backend = process.env.VRSS_BACKEND ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [
    react(),
    precompress(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['icons/*.png', 'favicon.svg'],
      manifest: {
        name: 'VRSS',
        short_name: 'VRSS',
        description: 'VRSS: a social network for people and their work',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#101418',
        theme_color: '#3157d5',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // Server routes that a navigation may reach directly must never get the app shell.
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/admin(\/|$)/, /^\/media\//, /^\/exports\//, /^\/health\//],
        // No runtimeCaching: API answers live in IndexedDB (TanStack persister), never in Cache Storage,
        // and requests no route matches (/api/rpc, /api/stream, /media) go to the network untouched.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/media': { target: backend, changeOrigin: false },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunk stays cached across deploys.
        advancedChunks: { groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler|@tanstack|idb-keyval|cookie|set-cookie-parser)[\\/]/ }] },
      },
    },
  },
});
