# The one command to test Zielwerk: `make test`.
# It runs the whole Go suite against PostgreSQL (127.0.0.1:5432 or
# TEST_DATABASE_URL; each test gets a throwaway database) and against the
# embedded SQLite, then the web app's unit tests (vitest) and its browser
# tests (Debian's Chromium at /usr/bin/chromium, driven by playwright-core).
.PHONY: test test-go test-postgres test-sqlite test-frontend frontend-deps frontend generate check-generated check-frontend build run bench-load

test: test-go test-frontend

test-go: test-postgres test-sqlite

test-postgres:
	ZIELWERK_TEST_DB=postgres go test -count=1 ./...

test-sqlite:
	ZIELWERK_TEST_DB=sqlite go test -count=1 ./...

test-frontend: frontend-deps
	cd frontend && npm test && npm run e2e

frontend-deps:
	cd frontend && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; }

# Rebuilds the web app into frontend/dist (committed, embedded in the binary).
frontend: frontend-deps
	cd frontend && npm run build

generate:
	go generate ./...

# Fails when generated code differs from what `go generate` makes.
check-generated: generate
	@if [ -n "$$(git status --porcelain -- graph)" ]; then git status --short -- graph; \
	  echo "generated code is stale: run 'go generate ./...' and commit"; exit 1; fi

# Fails when the committed bundle differs from a fresh build.
check-frontend: frontend
	@if [ -n "$$(git status --porcelain -- frontend/dist)" ]; then git status --short -- frontend/dist; \
	  echo "frontend/dist is stale: run 'make frontend' and commit"; exit 1; fi

build:
	CGO_ENABLED=0 go build -trimpath -o zielwerk .

run:
	go run .

# Load benchmark: a real server on a throwaway PostgreSQL database, the
# Dezernent's executive query at rising constant rates (README.md,
# "Benchmarks"). Flags: make bench-load BENCH_FLAGS='-scale 1 -duration 3s'
bench-load:
	go run ./bench/load $(BENCH_FLAGS)
