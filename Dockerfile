# 高新区协同助手: one bot instance. Run several behind a reverse proxy, sharing PostgreSQL (docker-compose.yml,
# docs/deploy.md). Without DATABASE_URL it keeps its state in SQLite under DATA_DIR (one instance only).
#
# Build stage: native modules (better-sqlite3, hnswlib-node, @node-rs/jieba) need a compiler where no prebuilt
# binary fits. NPM_REGISTRY lets a build inside China use a mirror: --build-arg NPM_REGISTRY=https://registry.npmmirror.com
FROM node:20-bookworm-slim AS build
ARG NPM_REGISTRY=https://registry.npmjs.org
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --omit=dev --registry="$NPM_REGISTRY"
COPY . .
# The server compiled to JavaScript (dist/node/), as `npm start` does: no TypeScript loader in the running process.
RUN node scripts/build-node.mjs

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node itself is PID 1's child (compose: init: true) and handles SIGTERM: it stops taking work, finishes what it
# has (10 s), releases its inbox claims and exits.
CMD ["node", "dist/node/node.mjs"]
