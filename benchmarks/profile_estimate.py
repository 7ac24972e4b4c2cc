"""The top of a cProfile of 2,000 single-firm estimates over the full catalog.

    .venv/bin/python benchmarks/profile_estimate.py [--n 2000] [--top 25] [--sort tottime]

The firms are ``synthetic_firms(n, seed=2020)`` validated to ``Firm`` beforehand (validation is not
profiled; see ``--with-validation``), each estimated once under the default readings after a short warm-up.
Prints the top entries by own time (``tottime``) and by cumulative time; writes nothing. With ``--batch``,
profiles ``estimate_many(synthetic_frame(n, seed=2020), progress=False)`` instead (unflattening, validation,
estimates and the firm × measure DataFrame), to see where batch time goes beyond the estimates.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats

import subsidycalc as sc
from subsidycalc.synthetic import synthetic_firms


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="estimates to profile (default 2000)")
    ap.add_argument("--top", type=int, default=25, help="entries to print per ordering (default 25)")
    ap.add_argument("--sort", nargs="+", default=["tottime", "cumulative"], help="pstats orderings to print")
    ap.add_argument("--with-validation", action="store_true", help="profile estimate(dict), validation included")
    ap.add_argument("--batch", action="store_true", help="profile estimate_many over a synthetic frame instead")
    args = ap.parse_args(argv)

    if args.batch:
        from subsidycalc.synthetic import synthetic_frame

        frame = synthetic_frame(args.n, seed=2020)
        sc.estimate_many(frame.head(50), progress=False)
        prof = cProfile.Profile()
        prof.enable()
        sc.estimate_many(frame, progress=False)
        prof.disable()
        return _print(prof, args, f"estimate_many over {args.n:,} firms")

    data = synthetic_firms(args.n, seed=2020)
    firms = data if args.with_validation else [sc.Firm.model_validate(d) for d in data]
    for f in firms[:50]:
        sc.estimate(f)

    prof = cProfile.Profile()
    prof.enable()
    for f in firms:
        sc.estimate(f)
    prof.disable()
    return _print(prof, args, f"{args.n:,} estimates")


def _print(prof: cProfile.Profile, args: argparse.Namespace, what: str) -> int:
    total = pstats.Stats(prof).total_tt  # type: ignore[attr-defined]
    print(f"{what} over {len(sc.catalog())} measures: {total:.2f} s under cProfile "
          f"({total / args.n * 1e6:,.0f} µs per firm, profiler overhead included)\n")
    for key in args.sort:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(args.top)
        text = buf.getvalue()
        print(f"=== top {args.top} by {key} ===")
        print(text[text.index("   ncalls"):] if "   ncalls" in text else text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
