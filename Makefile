# svbench: `make run` starts the app, `make test` runs every test.
GO      ?= go
DB      ?= svbench.db
ADDR    ?= 127.0.0.1:8080
GOVUK_FRONTEND_VERSION := 6.6.0
STATICCHECK_VERSION    := v0.8.2
ACCESSIBLE_AUTOCOMPLETE_VERSION := 3.0.1

.PHONY: run build test test-deps lint bench eval screenshots vendor clean

run: ## start the web app on $(ADDR), seeding $(DB) from datasets/ when empty
	$(GO) run ./cmd/svbench serve --addr $(ADDR) --db $(DB)

build:
	$(GO) build -o bin/svbench ./cmd/svbench

test: test-deps ## install what the tests need when missing, then run every test
	$(GO) test -race -count=1 -timeout 30m ./...

test-deps:
	bash .ci/install-test-deps

lint: ## go vet, gofmt and staticcheck (fetched through the Go module proxy)
	$(GO) vet ./...
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

eval: ## theme and sub-theme accuracy of the suggestions, leave-one-agreement-out and held-out, and the share of wrong ones flagged
	$(GO) test -count=1 -run '^TestSuggestionQuality$$' -v ./ingest | grep -v '^=== RUN'

bench: ## national data set under load: pages beside static floors, saves, ingest; then the Go benchmarks
	$(GO) build -o bin/svbench ./cmd/svbench
	$(GO) build -o bin/svload ./cmd/svload
	./bin/svload --svbench bin/svbench --dir bin/bench --clients 16 --duration 3s
	$(GO) test -run '^$$' -bench . -benchmem ./...

screenshots: test-deps ## refresh docs/*.png from the browser tests
	SVBENCH_SCREENSHOTS=$(CURDIR)/docs $(GO) test -count=1 -run 'Browser' ./web

vendor: ## refresh web/static from the govuk-frontend and accessible-autocomplete npm packages (fonts left out)
	bash scripts/vendor-govuk-frontend.sh $(GOVUK_FRONTEND_VERSION)
	bash scripts/vendor-accessible-autocomplete.sh $(ACCESSIBLE_AUTOCOMPLETE_VERSION)

clean:
	rm -rf bin
