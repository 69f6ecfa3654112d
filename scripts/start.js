#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Defaults: port 3000, embedded database in ./data (see README.md for every setting).
import { buildIfStale, serverEntry } from './build-if-stale.js';

buildIfStale();

process.env.PORT ??= '3000';
process.env.BODY_SIZE_LIMIT ??= '1M';
// The public address decides form-origin checks and Secure cookies. Behind https, set ORIGIN=https://….
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// `npm start` on a fresh machine is how people try Entrepairs: demo content on the embedded database,
// unless the operator said NODE_ENV=production, SEED_DEMO=false, or uses PostgreSQL.
if (!process.env.NODE_ENV && !process.env.DATABASE_URL) process.env.SEED_DEMO ??= 'true';
process.env.NODE_ENV ??= 'production';
await import(serverEntry);
