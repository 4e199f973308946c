"""Reads every .ics file in the given folders (and files) with libical, the C library behind
Evolution and many servers, through its GObject bindings (Debian gir1.2-ical-3.0, python3-gi).

A file fails (exit 1, one line naming it and the reason) when libical cannot parse it, when
libical marks any of its lines as erroneous (X-LIC-ERROR), or, for a file with a METHOD, when
libical's RFC 5546 restriction check rejects it. The reading itself is `read_libical` from
check_feeds.py, so both scripts judge a file the same way.

Usage: python check_libical.py DIR_OR_FILE...   (a venv made by
`/usr/bin/python3 -m venv --system-site-packages`, as check_feeds.py says)
"""

import pathlib
import sys

from check_feeds import read_libical


def main(arguments):
    if not arguments:
        print("usage: check_libical.py DIR_OR_FILE...")
        return 2
    files = []
    for argument in arguments:
        path = pathlib.Path(argument)
        if not path.exists():
            print(f"check_libical: {path}: no such file or folder")
            return 1
        files += sorted(path.rglob("*.ics")) if path.is_dir() else [path]
    failures = 0
    events = 0
    for file in files:
        try:
            events += len(read_libical(file.read_bytes()))
        except Exception as error:  # every failure is reported by name, never swallowed
            failures += 1
            print(f"check_libical: {file}: {error}")
    print(f"check_libical: {'ok' if failures == 0 else 'FAILED'}: {len(files)} files, {events} events, "
          f"{failures} files with problems")
    return 1 if failures or not files else 0


if __name__ == "__main__":
    sys.path.insert(0, str(pathlib.Path(__file__).parent))
    sys.exit(main(sys.argv[1:]))
