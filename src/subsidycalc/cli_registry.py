"""The registry commands of the command line: ``synthetic`` and ``estimate-registry`` (registered by
:func:`subsidycalc.cli.build_parser` through :func:`add_commands`)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def cmd_synthetic(args: argparse.Namespace) -> int:
    from .cli import UsageError
    from .registries import write_synthetic

    if args.n < 0:
        raise UsageError(f"synthetic: N is a number of firms, got {args.n}")
    if args.partition_size <= 0:
        raise UsageError(f"--partition-size must be positive, got {args.partition_size}")
    out = write_synthetic(args.out, args.n, args.seed, partition_size=args.partition_size, fmt=args.format,
                          progress=args.progress)
    print(f"{args.n:,} synthetic firms (seed {args.seed}) written to {out} "
          f"({-(-args.n // args.partition_size) or 1} partition(s), {args.format})")
    return 0


def cmd_estimate_registry(args: argparse.Namespace) -> int:
    from .cli import UsageError, _assumptions
    from .engine.money import yuan
    from .registries import RegistryError
    from .registry_run import estimate_registry

    a = _assumptions(args.set)
    client: Any = args.dask
    try:
        r = estimate_registry(args.registry, args.out, a, measures=args.measures or None, client=client,
                              progress=args.progress, include_ineligible=args.all)
    except (RegistryError, KeyError) as e:
        raise UsageError(str(e).strip('"')) from None
    if r.errors:
        print(f"{len(r.errors):,} bad cells: {r.firms - r.estimated:,} firms left out (listed in "
              f"{args.out}/errors.csv); first: {r.errors[0]}", file=sys.stderr)
    print(f"registry {args.registry}: {r.estimated:,} of {r.firms:,} firms estimated in {r.seconds:.1f} s "
          f"→ {args.out}/awards.parquet, {args.out}/firms.parquet")
    print(f"total {yuan(r.total)} yuan")
    print(f"low   {yuan(r.low)} yuan")
    print(f"high  {yuan(r.high)} yuan")
    return 0


def add_commands(sub: Any) -> None:
    """Add ``synthetic`` and ``estimate-registry`` to the parser's subcommands."""
    progress = argparse.ArgumentParser(add_help=False)
    g = progress.add_mutually_exclusive_group()
    g.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="show a progress bar even when output is not interactive")
    g.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")

    s = sub.add_parser("synthetic", parents=[progress],
                       help="write the synthetic registry (illustrative firms) as a registry folder")
    s.add_argument("n", type=int, metavar="N", help="number of firms")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--out", required=True, metavar="DIR")
    s.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    s.add_argument("--partition-size", type=int, default=131_072, metavar="FIRMS")
    s.set_defaults(func=cmd_synthetic)

    e = sub.add_parser("estimate-registry", parents=[progress],
                       help="every measure for every firm of a registry folder (docs/registries.md)")
    e.add_argument("registry", metavar="DIR")
    e.add_argument("--out", required=True, metavar="OUT", help="writes OUT/awards.parquet and OUT/firms.parquet")
    e.add_argument("--set", action="append", metavar="NAME=VALUE", help="a reading, e.g. --set benchmark_series=pboc")
    e.add_argument("--measures", nargs="+", metavar="ID", help="only these measures (and what they depend on)")
    e.add_argument("--dask", metavar="local|ADDRESS",
                   help="evaluate the partitions on Dask workers: 'local' (2 workers here) or a scheduler address")
    e.add_argument("--all", action="store_true", help="also write the ineligible awards")
    e.set_defaults(func=cmd_estimate_registry)


__all__ = ["add_commands", "cmd_estimate_registry", "cmd_synthetic"]
