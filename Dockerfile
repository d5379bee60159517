# Copydesk: one image for every instance (a single process on SQLite, or app1/app2 of
# docker-compose.yml on Postgres and Redis). Build: `docker build -t copydesk .`
FROM node:20-bookworm-slim AS build
# better-sqlite3 is compiled from source (.npmrc build-from-source): no prebuilt binary is downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY shared ./shared
COPY server ./server
COPY client ./client
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/data
# One glibc malloc arena for all threads (server/node-flags.ts SERVER_ENV): ~2 MB less resident.
ENV MALLOC_ARENA_MAX=1
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Node/V8 flags: server/node-flags.ts (the same in package.json's start script and the benchmarks).
CMD ["node", "--max-semi-space-size=8", "--heap-growing-percent=30", "--conditions=module", "dist/server/main.js"]
