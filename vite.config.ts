import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { tsconfigPaths: true },
  build: { target: 'es2022' },
  ssr: {
    // Native and CommonJS server packages stay outside the server bundle.
    external: ['better-sqlite3', 'pg', 'pdfmake', 'pino'],
  },
});
