#!/usr/bin/env python3
# count-results.py — prints "N passed, N failed" from meson's testlog.json.
#
# CI reads this one line; meson's own summary is not read.  A test that
# timed out, crashed or was expected to pass but failed counts as failed;
# skipped tests are counted apart.
import json
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
SKIPPED = {"SKIP"}


def main(path):
    passed = failed = skipped = 0
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                line = line.strip()
                if not line:
                    continue
                result = json.loads(line).get("result")
                if result in PASSED:
                    passed += 1
                elif result in SKIPPED:
                    skipped += 1
                else:
                    failed += 1
    except FileNotFoundError:
        print(f"count-results: {path} not found: no test ran", file=sys.stderr)
        failed = 1
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
