"""Write the explanation of every non-ineligible award of every example firm, for review against ``before/``.

    python benchmarks/explain_review/write.py [--out DIR]   # writes benchmarks/explain_review/DIR/<firm>.txt
                                                             # (DIR defaults to ``after``; a bare DIR still works)

Issue 9 asks that the explanations generated from the traced evaluator stay at least as informative as the
hand-written ones they replace: ``before/`` holds those (saved before the migration); compare side by side, e.g.
``diff -u before/xicheng_restaurant.txt after/xicheng_restaurant.txt``, or award by award with ``compare.py``;
the review is REVIEW.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import subsidycalc as sc

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=None, help="output folder (old positional form)")
    ap.add_argument("--out", default=None, help="output folder, relative to this script's folder (default: after)")
    args = ap.parse_args(argv)
    out_dir = HERE / (args.out or args.dir or "after")
    out_dir.mkdir(parents=True, exist_ok=True)
    for f in sorted((ROOT / "examples" / "firms").glob("*.json")):
        firm = sc.Firm.model_validate_json(f.read_text(encoding="utf-8"))
        report = sc.estimate(firm)
        parts = []
        for a in report.awards:
            if a.status == "ineligible":
                continue
            parts.append(a.explain())
            parts.append("\n" + "=" * 100 + "\n")
        (out_dir / f"{f.stem}.txt").write_text("\n".join(parts), encoding="utf-8")
        print(f"{f.stem}: {sum(1 for a in report.awards if a.status != 'ineligible')} awards")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
