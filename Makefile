# lamp: build, test, docs, install, demo, bench.
PREFIX ?= /usr/local
SWIFT ?= swift
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1
BASHDIR = $(PREFIX)/share/bash-completion/completions
ZSHDIR = $(PREFIX)/share/zsh/site-functions
FISHDIR = $(PREFIX)/share/fish/vendor_completions.d

.PHONY: build release release-sim test fuzz docs docs-check install demo bench clean

build:
	$(SWIFT) build --product lamp
	$(SWIFT) build --product lamp-sim

# lamp links the Swift runtime statically: at run time it needs only libcurl4, libyaml-0-2, zlib1g and
# libtcmalloc-minimal4.
release:
	$(SWIFT) build -c release --product lamp --static-swift-stdlib

release-sim:
	$(SWIFT) build -c release --product lamp-sim

# The transport suite runs on its own: its cancellation checks need a process whose few
# cooperative threads are not busy with other suites' servers and subprocesses.
test:
	$(SWIFT) test --filter CurlHTTPTests
	$(SWIFT) test --skip CurlHTTPTests

# libFuzzer and AddressSanitizer on lamp's readers (Sources/lamp-fuzz), from the seeds in fuzz/corpus: FUZZ_RUNS
# inputs from a fixed seed, so every run tries the same ones; new inputs go to a temporary directory, and a crashing
# one is kept in .build/fuzz. Leak checks are off: the Swift runtime keeps its metadata caches until exit, by design;
# and so is Swift's own backtracer, whose reads of a crashed process's memory AddressSanitizer reports instead of the
# crash.
# Linked with the toolchain's lld: gold stops with an internal error on this link.
FUZZ_RUNS ?= 200000
fuzz:
	$(SWIFT) build -c release --scratch-path .build/fuzz --product lamp-fuzz -Xswiftc -use-ld=lld \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLAMP_FUZZ -Xcc -fsanitize=fuzzer-no-link,address
	corpus=$$(mktemp -d) && trap 'rm -rf "$$corpus"' EXIT && \
	  ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no .build/fuzz/release/lamp-fuzz "$$corpus" fuzz/corpus \
	    -seed=1 -runs=$(FUZZ_RUNS) -max_len=20000 -rss_limit_mb=4096 -timeout=30 -artifact_prefix=.build/fuzz/

docs:
	scripts/generate-docs

docs-check:
	scripts/generate-docs --check

install: release
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 0755 .build/release/lamp $(BINDIR)/lamp
	ln -sf lamp $(BINDIR)/kubectl-lamp
	ln -sf lamp $(BINDIR)/kubectl_complete-lamp
	install -m 0644 man/*.1 $(MANDIR)/
	install -m 0644 completions/lamp.bash $(BASHDIR)/lamp
	install -m 0644 completions/_lamp $(ZSHDIR)/_lamp
	install -m 0644 completions/lamp.fish $(FISHDIR)/lamp.fish

demo:
	scripts/demo

bench: release release-sim
	bench/run
	bench/sim
	bench/events
	bench/autoscale
	bench/map

clean:
	rm -rf .build
