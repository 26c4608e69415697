import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in web/; `npm start` serves the built files from the API server.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false },
  server: {
    host: '127.0.0.1',
    port: 5175,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 5173}` },
  },
});
