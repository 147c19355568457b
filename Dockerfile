# The service only; Neo4j runs in its own container (docker-compose.yml).
# The search models come from Maven Central, as in the local build (neo4j-local/pom.xml unpacks them).
FROM maven:3.9-eclipse-temurin-17 AS models
WORKDIR /models
COPY neo4j-local/pom.xml ./
RUN mvn -B -q dependency:unpack@unpack-embedding-model

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the prepare script (the web build) runs below, once web/ is copied.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
RUN npm run build && npm run build:web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY cypher ./cypher
COPY data ./data
COPY --from=models /models/target/models ./neo4j-local/target/models
USER node
EXPOSE 4000
CMD ["node", "dist/src/index.js"]
