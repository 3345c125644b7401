# jaarparse as the unit of work of a batch engine (see README › Scaling out).
# Build: docker build -t jaarparse .
# Run:   docker run --rm -v "$PWD/corpus:/data/corpus:ro" -v "$PWD/out:/data/out" jaarparse parse /data/corpus --out /data/out

# Stage 1: compile TypeScript (the `prepare` script runs tsc, which needs the dev dependencies).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
RUN npm ci --no-audit --no-fund

# Stage 2: the runtime: production dependencies and the compiled code only.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would run tsc, which is a dev dependency; dist/ comes from the build stage.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY schemas ./schemas
# The image's own user (uid 1000 in node images), never root; mounted output folders must be writable by it.
USER node
ENTRYPOINT ["node", "/app/bin/jaarparse.js"]
CMD ["--help"]
