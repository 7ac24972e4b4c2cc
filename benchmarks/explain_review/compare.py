"""Pair the awards of before/ and after/ by measure id and list, per award, the body lines (sources left out)
that changed and the numbers/dates/fractions in `before` that no longer appear in `after`.

    python benchmarks/explain_review/compare.py [--before before] [--after after] > /tmp/cmp.txt
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEP = "=" * 100
TOKEN = re.compile(r"\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?|\d+/\d+|\d[\d,]*(?:\.\d+)?%?")


def awards(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in path.read_text(encoding="utf-8").split(SEP):
        lines = [ln for ln in chunk.strip("\n").splitlines() if ln.strip()]
        if not lines:
            continue
        body, skip = [], False
        for ln in lines:
            if ln.startswith("  sources:"):
                skip = True
            elif skip and not ln.startswith("    "):
                skip = False
            if not skip:
                body.append(ln)
        out[lines[0].split()[0]] = body
    return out


def tokens(lines: list[str]) -> set[str]:
    return {t.rstrip(".,") for ln in lines for t in TOKEN.findall(ln)}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", default="before")
    ap.add_argument("--after", default="after")
    a = ap.parse_args(argv)
    for f in sorted((HERE / a.before).glob("*.txt")):
        b, n = awards(f), awards(HERE / a.after / f.name)
        print(f"#### {f.stem}")
        for mid in sorted(set(b) | set(n)):
            if mid not in n:
                print(f"## {mid}: ONLY BEFORE")
                continue
            if mid not in b:
                print(f"## {mid}: ONLY AFTER")
                continue
            if b[mid] == n[mid]:
                continue
            lost = sorted(tokens(b[mid]) - tokens(n[mid]))
            print(f"## {mid}" + (f"   LOST TOKENS: {' '.join(lost)}" if lost else ""))
            for ln in difflib.unified_diff(b[mid], n[mid], lineterm="", n=0):
                if not ln.startswith(("---", "+++", "@@")):
                    print("   " + ln)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
