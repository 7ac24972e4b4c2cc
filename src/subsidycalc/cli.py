"""The command line: ``subsidycalc estimate | explain | measures | readings | schema``.

Invalid input exits with status 2 and one line on stderr naming the field; never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from pydantic import ValidationError


class UsageError(Exception):
    """Bad input from the command line: reported in one line, exit status 2."""


def _fail(msg: str) -> NoReturn:
    raise UsageError(msg)


def format_validation_error(e: ValidationError, what: str, model: Any = None) -> str:
    """Every problem, one per line: ``<what>: <field path>: <problem>; did you mean …?``."""
    from .profile.errors import problems

    if model is None and what == "--set":
        from . import Assumptions

        model = Assumptions
    return "\n".join(f"{what}: {p}" for p in problems(e, model))


def _load_firm(path: str) -> Any:
    from . import Firm

    p = Path(path)
    try:
        text = sys.stdin.read() if path == "-" else p.read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(f"{path}: no such file")
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as e:
        _fail(f"{path}: cannot read: {e.__class__.__name__}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        _fail(f"{path}: not valid JSON: {e.msg} at line {e.lineno} column {e.colno}")
    except RecursionError:
        _fail(f"{path}: not a firm profile: JSON nested too deeply")
    except ValueError as e:  # an integer of more digits than Python converts (4,300)
        _fail(f"{path}: not a firm profile: a number has far more digits than any plausible figure ({e.__class__.__name__})")
    if not isinstance(data, dict):
        _fail(f"{path}: a firm profile is a JSON object, got {type(data).__name__}")
    try:
        return Firm.model_validate(data)
    except ValidationError as e:
        _fail(format_validation_error(e, path))


def _parse_value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def _assumptions(sets: Sequence[str] | None) -> Any:
    import difflib

    from . import Assumptions

    values: dict[str, Any] = {}
    for item in sets or ():
        if "=" not in item:
            _fail(f"--set {item}: expected NAME=VALUE")
        name, raw = item.split("=", 1)
        name = name.strip()
        if name not in Assumptions.model_fields:
            close = difflib.get_close_matches(name, list(Assumptions.model_fields), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else "; see `subsidycalc readings`"
            _fail(f"--set {name}: unknown reading{hint}")
        values[name] = _parse_value(raw)
    try:
        return Assumptions.model_validate(values)
    except ValidationError as e:
        _fail(format_validation_error(e, "--set"))


def _measure(mid: str) -> Any:
    from . import catalog

    try:
        return catalog()[mid]
    except KeyError as e:
        _fail(str(e))


def cmd_estimate(args: argparse.Namespace) -> int:
    from . import estimate

    firm = _load_firm(args.firm)
    report = estimate(firm, _assumptions(args.set))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        from .display import table

        print(table(report, lang=args.lang, show_all=args.all, cli=True))
        qs = report.questions()
        if qs:
            from .questions import render

            print()
            print(render(qs, lang=args.lang, limit=3))
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    from . import estimate
    from .questions import render

    report = estimate(_load_firm(args.firm), _assumptions(args.set))
    qs = report.questions()
    if args.json:
        print(json.dumps([q.to_dict() for q in qs], ensure_ascii=False, indent=2))
    elif not qs:
        print("Nothing is missing: every measure is decided." if args.lang == "en" else "信息已完整：所有措施均已判定。")
    else:
        print(render(qs, lang=args.lang))
    return 0


def _day(raw: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(raw)
    except ValueError:
        _fail(f"--as-of {raw}: expected a date YYYY-MM-DD")


def cmd_calendar(args: argparse.Namespace) -> int:
    from datetime import date

    from . import estimate
    from .engine.apply import ics

    report = estimate(_load_firm(args.firm), _assumptions(args.set))
    as_of = _day(args.as_of) if args.as_of else date.today()
    entries = report.calendar(as_of)
    if args.ics:
        try:
            data = ics(entries, reminder_days=args.remind)
        except ImportError as e:
            _fail(str(e))
        try:
            Path(args.ics).write_bytes(data)
        except OSError as e:
            _fail(f"--ics {args.ics}: cannot write: {e.strerror or e.__class__.__name__}")
    if args.json:
        print(json.dumps({"as_of": as_of.isoformat(), "entries": [e.to_dict() for e in entries]}, ensure_ascii=False,
                         indent=2))
        return 0
    from .display import calendar_table

    print(calendar_table(entries, as_of, lang=args.lang))
    if args.ics:
        n = sum(1 for e in entries if e.last_day is not None and e.state != "closed")
        print(f"\nwrote {args.ics}: {n} deadline(s), each with a reminder {args.remind} days before" if args.lang == "en"
              else f"\n已写入 {args.ics}：{n} 个截止日期，各在 {args.remind} 天前提醒")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from . import estimate

    firm = _load_firm(args.firm)
    m = _measure(args.measure_id)
    award = estimate(firm, _assumptions(args.set))[m.id]
    if args.json:
        print(json.dumps(award.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(award.explain(lang=args.lang))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .web import create_app
    except ImportError:
        _fail("the web page needs its extra: pip install 'subsidycalc[web]'")
    if not 0 < args.port < 65536:
        _fail(f"--port {args.port}: expected 1..65535")
    app = create_app()
    # the server's own process: the catalog, compiled definitions and framework objects live as long as it does, so
    # the cyclic collector need not scan them again on every full collection (a full one over them costs tens of
    # milliseconds, paid by whichever request triggers it)
    gc.collect()
    gc.freeze()
    print(f"subsidycalc: serving on http://{args.host}:{args.port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_measures(args: argparse.Namespace) -> int:
    from . import catalog
    from .profile.industries import DISTRICT_ZH

    if args.district and args.district not in DISTRICT_ZH:
        _fail(f"--district {args.district}: unknown district; one of {', '.join(DISTRICT_ZH)}")
    cat = catalog().filter(district=args.district, kind=args.kind)
    if args.json:
        print(json.dumps([{"id": m.id, "district": m.district, "title_zh": m.title_zh, "title_en": m.title_en,
                           "kind": m.kind, "beneficiary": m.beneficiary, "relief": m.relief,
                           "aliases": list(m.aliases), "sources": [s.to_dict() for s in m.sources]}
                          for m in cat], ensure_ascii=False, indent=2))
        return 0
    for m in cat:
        info = "" if m.relief else "  [information]"
        title = m.title_zh if args.lang == "zh" else m.title_en
        print(f"{m.id:<58} {m.kind:<26} {m.beneficiary:<22} {title}{info}")
    print(f"{len(cat)} measures")
    return 0


def cmd_readings(args: argparse.Namespace) -> int:
    from . import Assumptions

    for name, f in Assumptions.model_fields.items():
        default = f.default.isoformat() if hasattr(f.default, "isoformat") else f.default
        print(f"{name} = {default}\n    {f.description}\n")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from . import Firm

    print(json.dumps(Firm.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(prog="subsidycalc",
                                description="Beijing 2020 COVID-19 enterprise relief: which measures apply, how much, why.")
    p.add_argument("--version", action="version", version=f"subsidycalc {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--set", action="append", metavar="NAME=VALUE",
                        help="a reading (see `subsidycalc readings`), e.g. --set benchmark_series=pboc")
        sp.add_argument("--json", action="store_true", help="JSON on stdout")

    e = sub.add_parser("estimate", help="every measure for a firm profile (JSON file, or - for stdin)")
    e.add_argument("firm")
    e.add_argument("--all", action="store_true", help="also list ineligible measures")
    e.add_argument("--lang", choices=("en", "zh"), default="en")
    common(e)
    e.set_defaults(func=cmd_estimate)

    x = sub.add_parser("explain", help="one award with its steps, readings and quoted source")
    x.add_argument("firm")
    x.add_argument("measure_id")
    x.add_argument("--lang", choices=("en", "zh"), default="en")
    common(x)
    x.set_defaults(func=cmd_explain)

    q = sub.add_parser("questions", help="the facts still missing, most valuable first, and what each could unlock")
    q.add_argument("firm")
    q.add_argument("--lang", choices=("en", "zh"), default="en")
    common(q)
    q.set_defaults(func=cmd_questions)

    c = sub.add_parser("calendar", help="where and by when to apply: open, closing and closed applications on a date")
    c.add_argument("firm")
    c.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date to look from (default: today)")
    c.add_argument("--ics", metavar="OUT.ics", help="also write an iCalendar file with a reminder before each deadline")
    c.add_argument("--remind", type=int, default=3, metavar="DAYS", help="days before a deadline to remind (3)")
    c.add_argument("--lang", choices=("en", "zh"), default="en")
    common(c)
    c.set_defaults(func=cmd_calendar)

    w = sub.add_parser("serve", help="a local web page to estimate a firm, and its JSON API (extra: web)")
    w.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    w.add_argument("--port", type=int, default=8000)
    w.set_defaults(func=cmd_serve)

    m = sub.add_parser("measures", help="the catalog")
    m.add_argument("--district")
    m.add_argument("--kind")
    m.add_argument("--lang", choices=("en", "zh"), default="en")
    m.add_argument("--json", action="store_true")
    m.set_defaults(func=cmd_measures)

    r = sub.add_parser("readings", help="every reading (assumption) with its default and documentation")
    r.set_defaults(func=cmd_readings)

    s = sub.add_parser("schema", help="JSON Schema of the firm profile")
    s.set_defaults(func=cmd_schema)
    from .cli_registry import add_commands
    add_commands(sub)
    return p




def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse already printed a one-line usage error
        return int(e.code or 0) if e.code in (0, None) else 2
    try:
        return int(args.func(args))
    except UsageError as e:
        print(f"subsidycalc: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    except RecursionError:
        print("subsidycalc: input nested too deeply", file=sys.stderr)
        return 2
    except Exception as e:  # a bug of ours: one line, never a traceback (SUBSIDYCALC_DEBUG=1 shows it)
        if os.environ.get("SUBSIDYCALC_DEBUG") == "1":
            raise
        print(f"subsidycalc: internal error ({type(e).__name__}: {e}); please report it with the input "
              "(SUBSIDYCALC_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
