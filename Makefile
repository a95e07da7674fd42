# acta's front door. `make example` and `make test` do all set-up on a fresh Debian 12 machine.
.PHONY: all release debug deps test example bench sanitize format format-check clean fuzz

JOBS ?= $(shell nproc)
SHARED ?= $(abspath ../shared)
EXAMPLE_STORY := $(firstword $(wildcard $(SHARED)/seed/*.txt) examples/story.txt)
CMAKE_COMMON := -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON

all: release

deps:
	@bash scripts/deps.sh

build/release/build.ninja: | deps
	@cmake -S . -B build/release $(CMAKE_COMMON) -DCMAKE_BUILD_TYPE=Release >/dev/null

release: deps build/release/build.ninja
	@cmake --build build/release -j $(JOBS)
	@$(MAKE) --no-print-directory $(GAZETTEER) $(WORD_TAGS) $(EMBEDDING_CLUSTERS)

# The gazetteer, compiled by acta from the place lists `make deps` fetched.
GAZETTEER := data/geo/gazetteer.tsv
$(GAZETTEER): data/geo/places.txt build/geo-data/.complete-1 src/geo/gazetteer.cc
	@build/release/acta -q geo build --from build/geo-data --places data/geo/places.txt -o $@

# The tagger's tag lexicon, compiled by acta from the list `make deps` fetched.
WORD_TAGS := data/models/word-tags.tsv
$(WORD_TAGS): build/word-tags-data/.complete-1 src/tagger/word_tags.cc
	@build/release/acta -q train word-tags --from build/word-tags-data/en-lexicon.tsv -o $@

# The entity recogniser's word classes, clustered by acta from the word
# vectors `make deps` fetched.
EMBEDDING_CLUSTERS := data/models/embedding-clusters.bin
$(EMBEDDING_CLUSTERS): build/embeddings-data/.complete-1 src/tagger/embedding_clusters.cc
	@build/release/acta -q train embedding-clusters --from build/embeddings-data/glove-100d.txt -o $@

debug: deps
	@cmake -S . -B build/debug $(CMAKE_COMMON) -DCMAKE_BUILD_TYPE=Debug -DACTA_DEVELOPER_MODE=ON >/dev/null
	@cmake --build build/debug -j $(JOBS)

# The release tree runs every test; under the sanitizers, the two slowest
# command-line tests, which code many stories through code paths the unit
# and golden tests already cover, are left out to keep make test in time.
SANITIZE_SKIP := ^cli\.(code_cli|story_facts_cli)$$

sanitize: deps
	@cmake -S . -B build/sanitize $(CMAKE_COMMON) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DACTA_DEVELOPER_MODE=ON -DACTA_SANITIZE=ON -DACTA_BUILD_BENCH=OFF >/dev/null
	@cmake --build build/sanitize -j $(JOBS)
	@cd build/sanitize && ctest --output-on-failure -j $(JOBS) -E '$(SANITIZE_SKIP)'

# Every test in the release build, then again under AddressSanitizer and
# UndefinedBehaviorSanitizer.
test: release
	@cd build/release && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory sanitize

PHOENIX := $(wildcard $(SHARED)/dictionaries/phoenix/PETR_config.ini)

example: release
	@echo "== acta analyze $(EXAMPLE_STORY)"
	@build/release/acta analyze $(EXAMPLE_STORY)
	@echo "== acta code $(EXAMPLE_STORY)   (acta's own dictionaries)"
	@build/release/acta code $(EXAMPLE_STORY)
ifneq ($(PHOENIX),)
	@echo "== acta code --dict petrarch:$(PHOENIX) --format tsv $(EXAMPLE_STORY)"
	@build/release/acta code --dict petrarch:$(PHOENIX) --format tsv $(EXAMPLE_STORY)
endif
	@echo "== acta ingest --store build/example.db $(EXAMPLE_STORY)   (docs/schema.md)"
	@rm -f build/example.db build/example.db-wal build/example.db-shm
	@build/release/acta ingest --store build/example.db $(EXAMPLE_STORY)
	@echo "== acta query --store build/example.db   (the stored events)"
	@build/release/acta query --store build/example.db
	@echo "== acta agg --store build/example.db --by network"
	@build/release/acta agg --store build/example.db --by network

bench: release
	@bash bench/run.sh

# make fuzz TARGET=story_reader_fuzz SECONDS=600 (targets: ls fuzz/*_fuzz.cc).
# Seeds come from ../shared (fuzz/seeds.sh) and tests/regression/TARGET;
# findings are written to build/fuzz/findings/TARGET/.
TARGET ?= story_reader_fuzz
SECONDS ?= 60
fuzz: deps
	@CXX=clang++ cmake -S . -B build/fuzz $(CMAKE_COMMON) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DACTA_BUILD_FUZZ=ON -DACTA_BUILD_TESTS=OFF -DACTA_BUILD_BENCH=OFF >/dev/null
	@cmake --build build/fuzz -j $(JOBS) --target $(TARGET)
	@mkdir -p build/fuzz/corpus/$(TARGET) build/fuzz/findings/$(TARGET)
	@fuzz/seeds.sh $(TARGET) build/fuzz/seeds/$(TARGET)
	@build/fuzz/$(TARGET) -max_total_time=$(SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
	  -print_final_stats=1 -artifact_prefix=build/fuzz/findings/$(TARGET)/ \
	  build/fuzz/corpus/$(TARGET) build/fuzz/seeds/$(TARGET) $(wildcard tests/regression/$(TARGET))

format:
	@clang-format -i $$(git ls-files '*.h' '*.cc')

format-check:
	@clang-format --dry-run --Werror $$(git ls-files '*.h' '*.cc')

clean:
	@rm -rf build
