#!/usr/bin/env bash
# Checks the installed parley the way a user gets it: make install into a temporary PREFIX,
# the installed parley check on Plans/, completions asked of bash, zsh and fish through the
# installed scripts, publish through the installed HTTP helper, the manual page rendered without warnings, the release archive unpacked
# and run, make uninstall leaving nothing, and the git tree left as it was. .ci/run runs it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
    echo "CI: $*" >&2
    exit 1
}

missing=()
command -v zsh > /dev/null || missing+=(zsh)
command -v fish > /dev/null || missing+=(fish)
command -v man > /dev/null || missing+=(man-db)
command -v groff > /dev/null || missing+=(groff-base)
if ((${#missing[@]} > 0)); then
    echo "installing from Debian: ${missing[*]}"
    { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } || fail "could not install ${missing[*]} (needed to check completions and the manual page)"
fi
bash --version | head -1
zsh --version
fish --version

git_status_before=$(git status --porcelain 2>/dev/null || true)
prefix=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$prefix" "$work"' EXIT

echo "-- make install PREFIX=$prefix"
make install PREFIX="$prefix"
installed=(bin/parley libexec/parley/parley-http share/man/man1/parley.1 share/bash-completion/completions/parley
    share/zsh/site-functions/_parley share/fish/vendor_completions.d/parley.fish)
for file in "${installed[@]}"; do [[ -f "$prefix/$file" ]] || fail "make install did not install $file"; done
export PATH="$prefix/bin:$PATH"
[[ "$(command -v parley)" == "$prefix/bin/parley" ]] || fail "the installed parley is not first on PATH"
version=$(parley --version)
echo "$version"
if git rev-parse --short=7 HEAD > /dev/null 2>&1; then
    [[ "$version" == "parley "*" ($(git rev-parse --short=7 HEAD)"* ]] || fail "parley --version does not name the commit: $version"
fi
parley check Plans || fail "the installed parley check failed on Plans/"

# publish goes through parley-http, which parley finds in ../libexec/parley: a closed port must
# come back as a refused connection (the helper ran), and with the CI's Radicale
# (PARLEY_TEST_CALDAV_URL) the installed parley publishes Plans/ into a new calendar.
closed_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
refused=$(parley publish Plans --to "http://127.0.0.1:$closed_port/cal/" --retries 0 2>&1) && fail "publish to a closed port succeeded"
grep -q "the connection was refused" <<< "$refused" || fail "the installed parley publish did not reach its HTTP helper: $refused"
echo "publish to a closed port: $refused"
if [[ -n "${PARLEY_TEST_CALDAV_URL:-}" ]]; then
    calendar="${PARLEY_TEST_CALDAV_URL%/}/install-check-$$/"
    curl -s -f -o /dev/null -u "$PARLEY_TEST_CALDAV_USER:$PARLEY_TEST_CALDAV_PASSWORD" -X MKCALENDAR "$calendar" \
        || fail "could not make the calendar $calendar in Radicale"
    PARLEY_CALDAV_USER=$PARLEY_TEST_CALDAV_USER PARLEY_CALDAV_PASSWORD=$PARLEY_TEST_CALDAV_PASSWORD \
        parley publish Plans --to "$calendar" || fail "the installed parley could not publish Plans/ to $calendar"
fi

series=$(parley completions --list series | head -1)
[[ -n "$series" ]] || fail "parley completions --list series listed no series in Plans/"
prefix_of_series=${series:0:4}

# expect SHELL WORDS WANTED: WANTED must be one of the completions SHELL offered for WORDS.
expect() {
    local shell=$1 words=$2 wanted=$3 offered
    case "$shell" in
        bash)
            # shellcheck disable=SC2016
            offered=$(bash --norc --noprofile -c 'source "$1"; shift; COMP_WORDS=($1); [[ "$1" == *" " ]] && COMP_WORDS+=("")
                COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _parley; printf "%s\n" "${COMPREPLY[@]}"' \
                _ "$prefix/share/bash-completion/completions/parley" "$words") ;;
        zsh) offered=$(zsh -f .ci/zsh-complete.zsh "$prefix/share/zsh/site-functions/_parley" "$words") ;;
        fish) offered=$(fish --no-config -c 'source $argv[1]; complete -C $argv[2]' \
            "$prefix/share/fish/vendor_completions.d/parley.fish" "$words" | cut -f1) ;;
    esac
    grep -qxF -- "$wanted" <<< "$offered" || fail "$shell offered [$(echo $offered)] for '$words', not $wanted"
    echo "$shell: '$words' -> $(echo $offered)"
}
for shell in bash zsh fish; do
    expect "$shell" "parley ch" check
    expect "$shell" "parley check --for" --format
    expect "$shell" "parley next $prefix_of_series" "$series"
    expect "$shell" "parley ics --by " country
    expect "$shell" "parley holidays I" ID
done

echo "-- manual page"
warnings=$(groff -man -ww -z "$prefix/share/man/man1/parley.1" 2>&1)
[[ -z "$warnings" ]] || fail "groff warns about parley.1: $warnings"
warnings=$(MANPATH="$prefix/share/man" man --warnings parley 2>&1 > /dev/null)
[[ -z "$warnings" ]] || fail "man warns about parley.1: $warnings"
MANPATH="$prefix/share/man" MANWIDTH=80 man parley | head -3

echo "-- release archive"
archive=$(make --no-print-directory dist | tail -1)
[[ -f "$archive" && -f "$archive.sha256" ]] || fail "make dist wrote no archive and checksum ($archive)"
(cd "$(dirname "$archive")" && sha256sum -c "$(basename "$archive").sha256") || fail "the archive's checksum does not match"
tar -xzf "$archive" -C "$work"
unpacked="$work/$(basename "$archive" .tar.gz)"
for file in "${installed[@]}" LICENSE NOTICE README.md THIRD-PARTY-FACTS.md; do
    [[ -f "$unpacked/$file" ]] || fail "the archive lacks $file"
done
cp -R Plans "$work/plans"
(cd "$work" && env -i PATH=/usr/bin:/bin "$unpacked/bin/parley" --version && env -i PATH=/usr/bin:/bin "$unpacked/bin/parley" check plans) \
    || fail "the unpacked parley failed --version or check on a copy of Plans/"
refused=$(cd "$work" && env -i PATH=/usr/bin:/bin "$unpacked/bin/parley" publish plans --to "http://127.0.0.1:$closed_port/cal/" --retries 0 2>&1) \
    && fail "the unpacked parley's publish to a closed port succeeded"
grep -q "the connection was refused" <<< "$refused" || fail "the unpacked parley publish did not reach its HTTP helper: $refused"

echo "-- make uninstall"
make uninstall PREFIX="$prefix"
left=$(find "$prefix" ! -type d)
[[ -z "$left" ]] || fail "make uninstall left: $left"
[[ "$(git status --porcelain 2>/dev/null || true)" == "$git_status_before" ]] || fail "install or release changed the git tree"
echo "installed, completed, rendered, packed and uninstalled cleanly"
