# Thin wrapper: set-up, configure, build, run, test, package. CMake does the real work.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CTEST_ARGS ?=

.PHONY: all deps package-deps configure build run test package bench clean

all: build

deps:
	@bash packaging/install-deps.sh

# The tools `make package` and packaging/check-package.sh need on top of the build's.
package-deps:
	@bash packaging/install-deps.sh packaging/debian-package-deps.txt

$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	./$(BUILD_DIR)/policy-atlas $(ARGS)

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# $(BUILD_DIR)/policy-atlas_<version>_<arch>.deb, installing under /usr (stripped; see packaging/).
package: configure package-deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_INSTALL_PREFIX=/usr
	cmake --build $(BUILD_DIR) -j $(JOBS)
	rm -f $(BUILD_DIR)/policy-atlas_*.deb
	cd $(BUILD_DIR) && cpack -G DEB
	@ls -l $(BUILD_DIR)/policy-atlas_*.deb

# Speed and memory at 10k, 100k and 1M generated items (BENCH_SIZES="10000 100000" for fewer).
bench: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target policy-atlas-bench
	./$(BUILD_DIR)/policy-atlas-bench $(BENCH_SIZES)

clean:
	rm -rf $(BUILD_DIR)

# Robustness (README.md, "When things go wrong"). `make asan`: the whole test suite under
# AddressSanitizer, LeakSanitizer and UBSan (CMakePresets.json "asan", Debug, build-asan/); any
# finding fails a test. `make fuzz`: the libFuzzer targets (clang, build-fuzz/), each run for
# FUZZ_SECONDS (tests/fuzz/run.sh).
FUZZ_SECONDS ?= 60
.PHONY: asan fuzz
asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS) $(CTEST_ARGS)

fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) JOBS=$(JOBS) bash tests/fuzz/run.sh
