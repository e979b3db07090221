# The one command to test Zielwerk: `make test`.
# It runs the whole Go suite against PostgreSQL (127.0.0.1:5432 or
# TEST_DATABASE_URL; each test gets a throwaway database) and against the
# embedded SQLite.
.PHONY: test test-postgres test-sqlite generate check-generated build run

test: test-postgres test-sqlite

test-postgres:
	ZIELWERK_TEST_DB=postgres go test -count=1 ./...

test-sqlite:
	ZIELWERK_TEST_DB=sqlite go test -count=1 ./...

generate:
	go generate ./...

# Fails when generated code differs from what `go generate` makes.
check-generated: generate
	@git status --porcelain -- graph | grep . && { echo "generated code is stale: run 'go generate ./...' and commit"; exit 1; } || true

build:
	CGO_ENABLED=0 go build -trimpath -o zielwerk .

run:
	go run .
