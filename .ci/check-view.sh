#!/usr/bin/env bash
# `parley view` in a real browser: Debian's chromium loads each page headless, dumps its DOM,
# takes a 1600x1000 screenshot and prints it to PDF. Fails on a console message, a round
# missing from the dumped DOM, an empty screenshot or PDF, or a page html5lib's strict parser
# rejects (or an SVG an XML parser rejects).
#
#   bash .ci/check-view.sh PARLEY PYTHON      PYTHON: a virtual environment's python (html5lib is installed into it)
#   bash .ci/check-view.sh --refresh-screenshot PARLEY
#       re-makes Examples/view/plans.html and Examples/view/plans.png, the README's picture
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

refresh=0
if [[ "${1:-}" == "--refresh-screenshot" ]]; then refresh=1; shift; fi
parley=${1:?usage: check-view.sh [--refresh-screenshot] PARLEY [PYTHON]}
python=${2:-python3}

if ! command -v chromium >/dev/null; then
    if ! { apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core; }; then
        echo "CI: cannot install Debian's chromium; parley view cannot be checked in a browser, so CI fails." >&2
        exit 1
    fi
fi
chromium --version

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browser() {
    timeout 180 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$profile" \
        --enable-logging=stderr --v=0 "$@"
}

if [[ "$refresh" -eq 1 ]]; then
    mkdir -p Examples/view
    "$parley" view Plans --today 2026-06-01 --out Examples/view/plans.html
    browser --window-size=1600,1000 --screenshot="$PWD/Examples/view/plans.png" "file://$PWD/Examples/view/plans.html" 2>/dev/null
    echo "refreshed Examples/view/plans.html and Examples/view/plans.png"
    exit 0
fi

if ! "$python" -m pip install --quiet --disable-pip-version-check html5lib; then
    echo "CI: could not install python html5lib for the HTML validity check" >&2
    exit 1
fi

out=.build/view-check
rm -rf "$out"
mkdir -p "$out"
today=2026-06-01
# name | plan path | extra arguments
pages=(
    "plans|Plans|"
    "plans-2017|Plans|--from 2017-01-01"
    "plans-country|Plans|--by country"
    "plans-person|Plans|--by person"
    "example-32|Examples/32-view.parley|"
    "example-29|Examples/29-rounds.parley|"
    "example-18|Examples/18-obligation.parley|"
    "example-07|Examples/07-shared|"
)
for page in "${pages[@]}"; do
    IFS='|' read -r name plan extra <<<"$page"
    # shellcheck disable=SC2086
    "$parley" view "$plan" --today "$today" $extra --out "$out/$name.html" 2>/dev/null
    # shellcheck disable=SC2086
    "$parley" view "$plan" --today "$today" $extra --format svg --out "$out/$name.svg" 2>/dev/null
    "$parley" rounds "$plan" --today "$today" --from "$(sed -n 's/.*<title>Consultation rounds \([0-9-]*\) to.*/\1/p' "$out/$name.html")" \
        --to "$(sed -n 's/.*<title>Consultation rounds [0-9-]* to \([0-9-]*\)<.*/\1/p' "$out/$name.html")" --format csv >"$out/$name.csv"

    browser --dump-dom "file://$PWD/$out/$name.html" >"$out/$name.dom.html" 2>"$out/$name.log"
    browser --window-size=1600,1000 --screenshot="$PWD/$out/$name.png" "file://$PWD/$out/$name.html" 2>>"$out/$name.log" >/dev/null
    browser --no-pdf-header-footer --print-to-pdf="$PWD/$out/$name.pdf" "file://$PWD/$out/$name.html" 2>>"$out/$name.log" >/dev/null
    if grep -n 'CONSOLE' "$out/$name.log"; then
        echo "CI: the browser logged the console messages above for $name.html" >&2
        exit 1
    fi
    "$python" - "$out" "$name" <<'PY'
import csv, re, struct, sys, zlib
import xml.dom.minidom
import html5lib

out, name = sys.argv[1], sys.argv[2]
base = f"{out}/{name}"
html5lib.HTMLParser(strict=True).parse(open(f"{base}.html", "rb").read())
xml.dom.minidom.parse(f"{base}.svg")

def anchor(text):
    return "".join(c if re.match(r"[A-Za-z0-9-]", c) else "_%x_" % ord(c) for c in text)

dom = open(f"{base}.dom.html", encoding="utf-8").read()
ids = re.findall(r' id="([^"]+)"', dom)
by_round = set(re.findall(r' (?:id|data-round)="([ri]-[^"]+)"', dom))
with open(f"{base}.csv", newline="", encoding="utf-8") as handle:
    rounds = list(csv.DictReader(handle))
missing = []
for row in rounds:
    prefix = "i" if row["implied"] == "yes" else "r"
    wanted = f'{prefix}-{anchor(row["series"])}-{row["round"]}'
    if wanted not in by_round:
        missing.append(wanted)
if missing:
    sys.exit(f"CI: {name}: rounds missing from the browser's DOM: {missing}")
if len(ids) != len(set(ids)):
    sys.exit(f"CI: {name}: an id is used twice in the DOM")

def png_pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"CI: {path} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    position, compressed = 8, b""
    while position < len(data):
        length = struct.unpack(">I", data[position:position + 4])[0]
        kind = data[position + 4:position + 8]
        if kind == b"IDAT":
            compressed += data[position + 8:position + 8 + length]
        position += 12 + length
    return width, height, zlib.decompress(compressed)

width, height, raw = png_pixels(f"{base}.png")
if (width, height) != (1600, 1000):
    sys.exit(f"CI: {name}.png is {width}x{height}, not 1600x1000")
if len(set(raw[::97])) < 8:
    sys.exit(f"CI: {name}.png is empty (almost one colour)")
pdf = open(f"{base}.pdf", "rb").read()
pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
if not pdf.startswith(b"%PDF") or pages < 1 or len(pdf) < 10_000:
    sys.exit(f"CI: {name}.pdf is empty or not a PDF")
print(f"{name}: {len(rounds)} rounds all in the DOM, {len(ids)} ids unique, html5lib strict and SVG well-formed, "
      f"screenshot {width}x{height}, PDF of {pages} page(s)")
PY
done
echo "parley view: ${#pages[@]} pages checked in $(chromium --version)"
