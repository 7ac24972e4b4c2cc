"""Write the explanation of every non-ineligible award of every example firm, for review against ``before/``.

    python benchmarks/explain_review/write.py [after]      # writes benchmarks/explain_review/<dir>/<firm>.txt

Issue 9 asks that the explanations generated from the traced evaluator stay at least as informative as the
hand-written ones they replace: ``before/`` holds those (saved before the migration); compare side by side, e.g.
``diff -u before/xicheng_restaurant.txt after/xicheng_restaurant.txt``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import subsidycalc as sc

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def main(argv: list[str]) -> int:
    out_dir = HERE / (argv[0] if argv else "after")
    out_dir.mkdir(exist_ok=True)
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
