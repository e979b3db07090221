# Zielwerk: a static binary with the web app embedded, run as a non-root user.
#   docker build -t zielwerk .
#   docker run -p 8080:8080 -e DATABASE_URL=postgres://zielwerk:secret@db:5432/zielwerk zielwerk

# 1. The web app bundle (frontend/dist is also committed, so `go run .` needs no Node).
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
COPY graph/*.graphqls /src/graph/
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

# 2. The Go binary, static.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=frontend /src/frontend/dist ./frontend/dist
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/zielwerk . && mkdir -p /out/data

# 3. Runtime: nothing but the binary.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/zielwerk /zielwerk
COPY --from=build --chown=65532:65532 /out/data /data
# The admin listener (metrics, pprof) on its own port for the cluster's
# scraper; publish only 8080 to the outside.
ENV LISTEN_ADDR=:8080 ADMIN_ADDR=:9090 DATA_DIR=/data LOG_FORMAT=json
EXPOSE 8080 9090
USER 65532:65532
ENTRYPOINT ["/zielwerk"]
CMD ["serve"]
