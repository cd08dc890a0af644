# gopy — the two commands a fresh machine needs: `make run` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
GOPY := .build/release/gopy

.PHONY: run test build deps check-outbox bench corpus clean

## Install what the system lacks: libxml2's and SQLite's headers, pkg-config (Debian/Ubuntu).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libxml-2.0 || [ ! -f /usr/include/sqlite3.h ]; then \
	  echo "installing libxml2-dev, libsqlite3-dev and pkg-config with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev libsqlite3-dev pkg-config; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "Swift 6 is required (https://www.swift.org/install/)"; exit 1; }

build: deps
	$(SWIFT) build -c release --product gopy

## Build, then run the nightly batch on the shipped inbox/ into outbox/.
run: build
	$(GOPY) run

## The whole test suite (unit tests per stage and the end-to-end run on the sample round).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Check outbox/ against the contract with the shared checker, when ../shared is there.
check-outbox:
	@if [ -x ../shared/tools/check-outbox ]; then ../shared/tools/check-outbox .; else echo "../shared/tools/check-outbox not found: skipped"; fi

## Generate a large round (see docs/performance.md): make corpus FILES=1000 COMMENTS=50000 OUT=/tmp/gopy-round
FILES ?= 1000
COMMENTS ?= 50000
OUT ?= /tmp/gopy-round
corpus:
	$(SWIFT) run -c release --package-path Benchmarks gopy-corpus --out $(OUT) --files $(FILES) --comments $(COMMENTS) --seed 42

clean:
	rm -rf .build Benchmarks/.build
