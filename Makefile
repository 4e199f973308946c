# Build and install the parley command, its HTTP helper, its shell completions and its manual page.
#
#   make                       build a release binary (.build/release/parley)
#   make install               install under PREFIX (default /usr/local); DESTDIR is honoured
#   make uninstall             remove exactly what install installed
#   make dist                  pack parley-VERSION-OS-ARCH.tar.gz and its .sha256 into .build/dist
#
# The binary records the git commit it was built from (parley --version prints
# "0.1.0 (abc1234)"): the build writes it into GitCommit.generated.swift, which git ignores.

PREFIX ?= /usr/local
SWIFT ?= swift

BINDIR  = $(DESTDIR)$(PREFIX)/bin
# parley-http, the program parley publish makes its HTTP requests with (parley looks for it here).
LIBEXECDIR = $(DESTDIR)$(PREFIX)/libexec/parley
MANDIR  = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR  = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# On Linux the Swift runtime and Foundation are linked in, so the binary runs without the toolchain.
# FoundationNetworking (in parley-http, which parley publish runs) links the system's libcurl; where
# only the runtime library libcurl.so.4 is installed (no -dev package), .build/link/libcurl.so points
# at it for the linker. parley itself does not link libcurl.
SWIFT_FLAGS = -c release -Xswiftc -DPARLEY_GIT_COMMIT
ifeq ($(shell uname -s),Linux)
SWIFT_FLAGS += --static-swift-stdlib -Xlinker -L$(CURDIR)/.build/link
endif

COMMIT_FILE = Sources/ParleyCLI/Framework/GitCommit.generated.swift
SHARE = .build/share

.PHONY: all build install uninstall dist FORCE

all: build

# Rewritten only when the commit changes, so an unchanged checkout does not relink.
$(COMMIT_FILE): FORCE
	@commit=$$(git rev-parse --short=7 HEAD 2>/dev/null) && \
	  { git diff --quiet HEAD -- 2>/dev/null || commit="$$commit-dirty"; } && value="\"$$commit\"" || value=nil; \
	  printf '// Written by the Makefile; ignored by git.\n\n/// The git commit parley was built from.\nenum GitCommit {\n    static let value: String? = %s\n}\n' \
	    "$$value" > $@.new; \
	  cmp -s $@.new $@ && rm $@.new || mv $@.new $@

build: $(COMMIT_FILE)
	@if [ "$$(uname -s)" = Linux ]; then \
	  mkdir -p .build/link; \
	  curl=$$(/sbin/ldconfig -p 2>/dev/null | awk '/libcurl\.so\.4 /{print $$NF; exit}'); \
	  [ -z "$$curl" ] || ln -sf "$$curl" .build/link/libcurl.so; \
	fi
	$(SWIFT) build $(SWIFT_FLAGS) --product parley
	@mkdir -p $(SHARE)
	cp $$($(SWIFT) build $(SWIFT_FLAGS) --show-bin-path)/parley-http $(SHARE)/parley-http
	bin=$$($(SWIFT) build $(SWIFT_FLAGS) --show-bin-path)/parley && \
	  $$bin completions bash > $(SHARE)/parley.bash && \
	  $$bin completions zsh > $(SHARE)/_parley && \
	  $$bin completions fish > $(SHARE)/parley.fish && \
	  $$bin help --man > $(SHARE)/parley.1 && \
	  cp $$bin $(SHARE)/parley

install: build
	install -d $(BINDIR) $(LIBEXECDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 0755 $(SHARE)/parley $(BINDIR)/parley
	install -m 0755 $(SHARE)/parley-http $(LIBEXECDIR)/parley-http
	install -m 0644 $(SHARE)/parley.1 $(MANDIR)/parley.1
	install -m 0644 $(SHARE)/parley.bash $(BASHDIR)/parley
	install -m 0644 $(SHARE)/_parley $(ZSHDIR)/_parley
	install -m 0644 $(SHARE)/parley.fish $(FISHDIR)/parley.fish

uninstall:
	rm -f $(BINDIR)/parley $(LIBEXECDIR)/parley-http $(MANDIR)/parley.1 $(BASHDIR)/parley $(ZSHDIR)/_parley $(FISHDIR)/parley.fish
	rmdir $(LIBEXECDIR) 2>/dev/null || true

dist: build
	.ci/release.sh $(SHARE) .build/dist

FORCE:
