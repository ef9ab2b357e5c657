# The Letopis API image. Neo4j runs in its own container (see docker-compose.yml).

# The page's browser assets (Cytoscape.js, Swagger UI) from npm, as `make web` installs them.
FROM node:20-slim AS web
WORKDIR /web
COPY app/web/package.json app/web/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Source and packaging metadata first; seeds last so editing an article does not reinstall.
COPY pyproject.toml README.md ./
COPY app ./app
COPY graph ./graph
COPY extract ./extract
COPY service ./service
COPY devserver ./devserver
RUN pip install .
COPY --from=web /web/node_modules ./web-modules

COPY seeds ./seeds

# A regular (non-editable) install puts the packages in site-packages, so point the
# settings that default to paths inside the repository at the copied data instead.
ENV LETOPIS_SEEDS_DIR=/app/seeds/articles \
    LETOPIS_REGISTRY_DIR=/app/seeds/registry \
    LETOPIS_WEB_MODULES_DIR=/app/web-modules \
    LETOPIS_API_HOST=0.0.0.0 \
    LETOPIS_API_PORT=8000

RUN useradd --system --uid 10001 --home-dir /app letopis
USER letopis

EXPOSE 8000
CMD ["letopis", "serve"]
