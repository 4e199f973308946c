#!/usr/bin/env bash
# Packs a built parley (from `make build`) into parley-VERSION-OS-ARCH.tar.gz with its HTTP
# helper (libexec/parley/parley-http, where parley looks for it), completions, manual page,
# LICENSE, NOTICE, README and THIRD-PARTY-FACTS.md, plus a
# SHA-256 checksum file. Usage: .ci/release.sh SHARE_DIR OUT_DIR (make dist runs it).
set -euo pipefail
share=$1
out=$2
version=$("$share/parley" --version | awk '{ print $2 }')
os=$(uname -s | tr '[:upper:]' '[:lower:]')
[[ "$os" == darwin ]] && os=macos
arch=$(uname -m)
[[ "$arch" == aarch64 ]] && arch=arm64
name="parley-$version-$os-$arch"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
root="$staging/$name"
install -d "$root/bin" "$root/libexec/parley" "$root/share/man/man1" "$root/share/bash-completion/completions" \
    "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
install -m 0755 "$share/parley" "$root/bin/parley"
install -m 0755 "$share/parley-http" "$root/libexec/parley/parley-http"
install -m 0644 "$share/parley.1" "$root/share/man/man1/parley.1"
install -m 0644 "$share/parley.bash" "$root/share/bash-completion/completions/parley"
install -m 0644 "$share/_parley" "$root/share/zsh/site-functions/_parley"
install -m 0644 "$share/parley.fish" "$root/share/fish/vendor_completions.d/parley.fish"
install -m 0644 LICENSE NOTICE README.md THIRD-PARTY-FACTS.md "$root/"
mkdir -p "$out"
tar -C "$staging" -czf "$out/$name.tar.gz" "$name"
if command -v sha256sum > /dev/null; then
    (cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
else
    (cd "$out" && shasum -a 256 "$name.tar.gz" > "$name.tar.gz.sha256")
fi
echo "$out/$name.tar.gz"
