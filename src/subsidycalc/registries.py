"""Firm registries on disk: a folder of tables (Parquet or CSV) read column by column into the columnar engine.

Layout (``docs/registries.md`` has the full description and an example)::

    DIR/manifest.json        {"format": "subsidycalc-registry/1", "key": "id", "sections": {"loans": "complete", ...}}
    DIR/firms.parquet        one row per firm: the key column, then dotted fact columns (workforce.ui_insured_avg_2019)
    DIR/loans.parquet        one row per item of a list section, with the firm's key (order = order in the firm's list)
    DIR/lending.first_loans.csv ...

A table is one file (``firms.parquet`` or ``firms.csv``) or, for a registry read partition by partition, a folder
of parts (``firms/part-00000.parquet`` ...; the items of the firms of ``firms/part-00007`` are in
``loans/part-00007``). An empty cell is an unknown fact. Reading validates column by column and collects each bad
cell as a :class:`CellError` (firm key, field path, problem) without stopping; a firm with a bad cell is left out
of the estimate and reported.

Each number kind has one exact form: money, headcounts and areas at 2 decimals (``decimal128(38, 2)`` in Parquet),
rates and signed shares at 6 (``decimal128(38, 6)``), counts as integers; flags ``true``/``false``; dates ISO
``YYYY-MM-DD`` (``date32``); enum values by name; lists of text as a JSON array (``["a", "b"]``; ``list<string>``
in Parquet). CSV and Parquet hold the same values and read back to the same columns.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .engine.rules.columns import Section, TablesSource, V, bool_v
from .engine.rules.rat import Rat
from .engine.rules.schema import FactSpec, firm_schema

FORMAT = "subsidycalc-registry/1"
MANIFEST = "manifest.json"
FIRMS = "firms"
I64 = np.int64
_EPOCH = date(1970, 1, 1).toordinal()
SECTION_RULES = ("complete", "unknown")


@dataclass(frozen=True)
class CellError:
    """One bad cell: the firm's key, the field's profile path (``loans.2.principal`` for an item) and the problem."""

    key: Any
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.key}: {self.field}: {self.problem}"


class RegistryError(ValueError):
    """A registry folder that cannot be read at all (no manifest, a missing table, an unknown column)."""


# --- the profile's types ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def scales() -> dict[str, int]:
    """Decimal places of every number fact (2 for money, headcounts and areas; 6 for rates and shares; 0 counts)."""
    from .synthetic_tables import denominators

    return {p: len(str(d)) - 1 for p, d in denominators().items()}


def _inner(ann: Any) -> Any:
    args = [a for a in typing.get_args(ann) if a is not type(None)]
    if typing.get_origin(ann) in (typing.Union, __import__("types").UnionType) and len(args) == 1:
        return args[0]
    return ann


@cache
def _adapter(path: str) -> Any:
    """A pydantic ``TypeAdapter`` of the fact's own type (its range and places checks)."""
    from pydantic import TypeAdapter

    from .profile.firm import Firm

    spec = firm_schema().facts[path]
    model: Any = Firm if spec.section is None else firm_schema().sections[spec.section].model
    for name in spec.parents[:-1]:
        model = _inner(model.model_fields[name].annotation)
    return TypeAdapter(_inner(model.model_fields[spec.parents[-1]].annotation))


def _problem(path: str, value: Any) -> str | None:
    """Why ``value`` is not a valid ``path`` (pydantic's words), or ``None``."""
    from pydantic import ValidationError

    try:
        _adapter(path).validate_python(value)
    except ValidationError as e:
        msg = e.errors()[0]["msg"]
        return msg.removeprefix("Value error, ")
    return None


def item_fields(section: str) -> dict[str, FactSpec]:
    """The item facts of a section by their column name in its table (``principal``, ``guarantee.fee``)."""
    return {p[len(section) + 1:]: s for p, s in firm_schema().facts.items() if s.section == section}


def firm_fields() -> dict[str, FactSpec]:
    return {p: s for p, s in firm_schema().facts.items() if s.section is None}


def submodels() -> list[str]:
    """Sub-model paths whose presence the firms table may state (``workforce``, ``lending`` ...)."""
    s = firm_schema()
    return [p for p in s.presence if p not in s.sections]


# --- decoding one column ------------------------------------------------------------------------------------

class _Col:
    """Decodes arrow columns of one fact into the engine's column form, collecting bad cells."""

    def __init__(self, spec: FactSpec, name: str, keys: Any, errors: list[CellError], bad: Any,
                 item_pos: Any = None) -> None:
        self.spec = spec
        self.name = name
        self.keys = keys  # key of each row's firm
        self.errors = errors
        self.bad = bad  # bool per row of this table: a bad cell
        self.item_pos = item_pos

    def fail(self, rows: Any, problem: Any) -> None:
        rows = np.asarray(rows, dtype=I64)
        self.bad[rows] = True
        probs = problem if isinstance(problem, list) else [problem] * len(rows)
        for r, p in zip(rows.tolist(), probs, strict=True):
            where = (self.spec.item_path(int(self.item_pos[r])) if self.item_pos is not None else self.spec.path)
            self.errors.append(CellError(self.keys[r], where, p))

    def decode(self, arr: Any) -> V:
        import pyarrow as pa

        kind = self.spec.kind
        arr = _one_chunk(arr)
        if pa.types.is_dictionary(arr.type) and (kind != "enum" or not _is_text(arr.type.value_type)
                                                 or arr.dictionary.null_count):
            arr = arr.dictionary_decode()  # an enum's words stay encoded: each distinct word is looked up once
        known = _valid(arr.indices if pa.types.is_dictionary(arr.type) else arr)
        if _is_text(arr.type) or pa.types.is_dictionary(arr.type):
            empty = _empty_text(arr)
            if empty is not None:
                known &= ~empty
                arr = _null_where(arr, empty)
        return getattr(self, "_" + kind)(arr, known)

    # numbers: exact integers at the kind's scale
    def _number(self, arr: Any, known: Any) -> V:
        import pyarrow as pa

        s = scales()[self.spec.path]
        t = pa.decimal128(38, s)
        try:
            if pa.types.is_floating(arr.type):
                raise pa.ArrowInvalid("a float is not an exact amount")
            dec = arr.cast(t)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            dec = self._slow_decimal(arr, known, s)
        words = np.frombuffer(dec.buffers()[1], dtype=I64)[2 * dec.offset: 2 * (dec.offset + len(dec))]
        low, high = words[0::2].copy(), words[1::2]
        big = known & (high != (low >> 63))
        if big.any():
            self.fail(np.nonzero(big)[0], "too large")
            known = known & ~big
        low[~known] = 0
        self._check_range(low, known, s)
        low[~known] = 0
        return V("num", Rat(low, 10**s), known)

    def _slow_decimal(self, arr: Any, known: Any, s: int) -> Any:
        import pyarrow as pa

        values = arr.to_pylist()
        out: list[Any] = []
        bad_rows: list[int] = []
        probs: list[str] = []
        q = Decimal(1).scaleb(-s)
        for i, v in enumerate(values):
            if v is None or not known[i]:
                out.append(None)
                continue
            try:
                if isinstance(v, float | bool):
                    raise InvalidOperation
                d = Decimal(str(v).strip())
                if not d.is_finite():
                    raise InvalidOperation
                if d != d.quantize(q):
                    bad_rows.append(i)
                    probs.append(f"at most {s} decimal places, got {v}")
                    out.append(None)
                    continue
                out.append(d.quantize(q))
            except (InvalidOperation, ValueError):
                bad_rows.append(i)
                probs.append(f"expected a decimal number like \"8000000\" or \"42.5\", got {v!r}")
                out.append(None)
        if bad_rows:
            self.fail(bad_rows, probs)
            known[np.asarray(bad_rows, dtype=I64)] = False
        return pa.array(out, type=pa.decimal128(38, s))

    _money = _number

    def _count(self, arr: Any, known: Any) -> V:
        import pyarrow as pa

        try:
            if pa.types.is_floating(arr.type):
                raise pa.ArrowInvalid("float")
            ints = arr.cast(pa.int64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            vals = arr.to_pylist()
            out: list[Any] = []
            bad: list[int] = []
            for i, v in enumerate(vals):
                try:
                    out.append(None if v is None else int(str(v).strip()))
                except ValueError:
                    out.append(None)
                    bad.append(i)
            if bad:
                self.fail(bad, [f"expected a whole number, got {vals[i]!r}" for i in bad])
                known[np.asarray(bad, dtype=I64)] = False
            ints = pa.array(out, type=pa.int64())
        data = np.array(ints.fill_null(0).to_numpy(zero_copy_only=False), dtype=I64)
        data[~known] = 0
        self._check_range(data, known, 0)
        data[~known] = 0
        return V("num", Rat(data, 1), known)

    def _check_range(self, ints: Any, known: Any, s: int) -> None:
        """Every known value within the type's range: checked on the extremes (a range is an interval), then
        value by value only when an extreme fails."""
        if not known.any():
            return
        vals = ints[known]

        def value(x: int) -> Any:
            return int(x) if self.spec.kind == "count" else Decimal(int(x)).scaleb(-s)

        if _problem(self.spec.path, value(vals.min())) is None and _problem(self.spec.path, value(vals.max())) is None:
            return
        rows = np.nonzero(known)[0]
        bad: list[int] = []
        probs: list[str] = []
        for u in np.unique(vals).tolist():
            p = _problem(self.spec.path, value(u))
            if p is not None:
                hit = rows[vals == u]
                bad.extend(hit.tolist())
                probs.extend([p] * len(hit))
        if bad:
            self.fail(bad, probs)
            known[np.asarray(bad, dtype=I64)] = False

    def _flag(self, arr: Any, known: Any) -> V:
        import pyarrow as pa

        codes = np.ones(len(arr), dtype=np.int8)
        if pa.types.is_boolean(arr.type):
            v = _bits(arr.buffers()[1], arr.offset, len(arr))
            codes[known] = np.where(v[known], 2, 0)
            return bool_v(codes)
        import pyarrow.compute as pc

        low = pc.utf8_trim_whitespace(pc.utf8_lower(arr.cast(pa.string())))
        t = known & _true(pc.is_in(low, value_set=pa.array(["true", "1"])))
        f = known & _true(pc.is_in(low, value_set=pa.array(["false", "0"])))
        codes[t], codes[f] = 2, 0
        bad = known & ~t & ~f
        if bad.any():
            text = arr.cast(pa.string()).take(pa.array(np.nonzero(bad)[0])).to_pylist()
            self.fail(np.nonzero(bad)[0], [f"expected true or false, got {x!r}" for x in text])
        return bool_v(codes)

    def _date(self, arr: Any, known: Any) -> V:
        import pyarrow as pa

        try:
            if pa.types.is_date32(arr.type):
                d = arr
            elif pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
                d = arr.cast(pa.date32())
            else:
                raise pa.ArrowInvalid("not a date")
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            vals = arr.to_pylist()
            out: list[Any] = []
            bad: list[int] = []
            for i, v in enumerate(vals):
                try:
                    out.append(None if v is None else (v if isinstance(v, date) else date.fromisoformat(str(v).strip())))
                except ValueError:
                    out.append(None)
                    bad.append(i)
            if bad:
                self.fail(bad, [f"expected an ISO date YYYY-MM-DD, got {vals[i]!r}" for i in bad])
                known[np.asarray(bad, dtype=I64)] = False
            d = pa.array(out, type=pa.date32())
        days = np.array(d.fill_null(0).to_numpy(zero_copy_only=False).astype("datetime64[D]").astype(I64)) + _EPOCH
        days[~known] = 0
        if known.any():
            lo, hi = days[known].min(), days[known].max()
            if _problem(self.spec.path, date.fromordinal(int(lo))) or _problem(self.spec.path, date.fromordinal(int(hi))):
                rows = np.nonzero(known)[0]
                vals = days[known]
                bad_rows = [int(r) for r, x in zip(rows.tolist(), vals.tolist(), strict=True)
                            if _problem(self.spec.path, date.fromordinal(x))]
                self.fail(bad_rows, [_problem(self.spec.path, date.fromordinal(int(days[r]))) for r in bad_rows])
                known[np.asarray(bad_rows, dtype=I64)] = False
                days[~known] = 0
        return V("date", days, known)

    def _enum(self, arr: Any, known: Any) -> V:
        import pyarrow as pa
        import pyarrow.compute as pc

        vocab = self.spec.values
        value_set = pa.array(list(vocab))
        if pa.types.is_dictionary(arr.type):  # each distinct word looked up once
            words = arr.dictionary.cast(pa.string())
            word_codes = np.array(pc.index_in(words, value_set=value_set).fill_null(-1).to_numpy(
                zero_copy_only=False), dtype=np.int16)
            idx = np.asarray(arr.indices.fill_null(0).to_numpy(zero_copy_only=False), dtype=np.int64)
            codes = word_codes[idx] if len(word_codes) else np.full(len(arr), -1, dtype=np.int16)
        else:
            idx = pc.index_in(arr.cast(pa.string()), value_set=value_set)
            codes = np.array(idx.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int16)
        bad = known & (codes < 0)
        if bad.any():
            shown = ", ".join(vocab[:12]) + (" …" if len(vocab) > 12 else "")
            text = _plain(arr).cast(pa.string()).take(pa.array(np.nonzero(bad)[0])).to_pylist()
            self.fail(np.nonzero(bad)[0], [f"{x!r} is not one of {shown}" for x in text])
            known = known & ~bad
        codes[~known] = -1
        return V("enum", codes, known, vocab)

    def _text(self, arr: Any, known: Any) -> V:
        import pyarrow as pa

        data = np.asarray(arr.cast(pa.string()).to_numpy(zero_copy_only=False), dtype=object)
        data[~known] = None
        return V("text", data, known)

    def _strlist(self, arr: Any, known: Any) -> V:
        import pyarrow as pa

        out = np.empty(len(arr), dtype=object)
        vals = arr.to_pylist()
        bad: list[int] = []
        probs: list[str] = []
        checked: dict[tuple[str, ...], str | None] = {}  # the profile's check, once per distinct list
        typed = ((pa.types.is_list(arr.type) or pa.types.is_large_list(arr.type)) and _is_text(arr.type.value_type)
                 and arr.flatten().null_count == 0)  # list<string> without null items: a list of text already
        for i in np.nonzero(known)[0].tolist():
            v = vals[i]
            if v is None:
                continue
            if typed:
                items = v
            else:
                try:
                    items = v if isinstance(v, list) else json.loads(v)
                    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
                        raise ValueError
                except ValueError:
                    bad.append(i)
                    probs.append(f"expected a JSON list of text like [\"a\", \"b\"], got {v!r}")
                    continue
            t = tuple(items)
            if t in checked:
                p = checked[t]
            else:
                p = checked[t] = _problem(self.spec.path, items)
            if p is not None:
                bad.append(i)
                probs.append(p)
                continue
            out[i] = t
        if bad:
            self.fail(bad, probs)
            known[np.asarray(bad, dtype=I64)] = False
        return V("strlist", out, known)


def _is_text(t: Any) -> bool:
    import pyarrow as pa

    return bool(pa.types.is_string(t) or pa.types.is_large_string(t))


def _bits(buf: Any, offset: int, n: int) -> Any:
    """``n`` bits of an arrow bitmap from ``offset`` as a bool array."""
    if n == 0:
        return np.zeros(0, dtype=bool)
    raw = np.frombuffer(buf, dtype=np.uint8, count=(offset + n + 7) // 8)
    return np.unpackbits(raw, bitorder="little", count=offset + n)[offset:].astype(bool)


def _valid(arr: Any) -> Any:
    """Per cell: not null (from the validity bitmap, without a Python object per cell)."""
    n = len(arr)
    if arr.null_count == 0:
        return np.ones(n, dtype=bool)
    if arr.null_count == n:
        return np.zeros(n, dtype=bool)
    buf = arr.buffers()[0]
    if buf is None:  # nulls without a bitmap (a null-typed or dictionary array with null indices)
        return ~np.asarray(arr.is_null().to_numpy(zero_copy_only=False), dtype=bool)
    return _bits(buf, arr.offset, n)


def _true(b: Any) -> Any:
    """A boolean arrow array as numpy, null as false."""
    b = b.fill_null(False) if b.null_count else b
    return _bits(b.buffers()[1], b.offset, len(b))


def _empty_text(arr: Any) -> Any:
    """Per cell: the empty text ``""`` (an unknown fact), or ``None`` when there is none."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_dictionary(arr.type):
        d = np.asarray(_true(pc.equal(arr.dictionary, "")), dtype=bool)
        if not d.any():
            return None
        idx = np.asarray(arr.indices.fill_null(0).to_numpy(zero_copy_only=False), dtype=np.int64)
        e = d[idx] & _valid(arr.indices)
    else:
        e = _true(pc.equal(arr, ""))
    return e if e.any() else None


def _null_where(arr: Any, mask: Any) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    return pc.if_else(pa.array(mask), pa.nulls(len(arr), arr.type), arr)


def _one_chunk(arr: Any) -> Any:
    import pyarrow as pa

    if isinstance(arr, pa.ChunkedArray):
        return arr.chunk(0) if arr.num_chunks == 1 else arr.combine_chunks()
    return arr


# --- encoding one column ------------------------------------------------------------------------------------

def encode(spec: FactSpec, v: V) -> Any:
    """A column of the engine as the arrow array a registry stores (see the module docstring)."""
    import pyarrow as pa

    from .portfolio import arrow_money

    kind = spec.kind
    known = np.asarray(v.known, dtype=bool)
    mask = ~known
    if kind in ("money", "number"):
        s = scales()[spec.path]
        r = v.data
        n = np.asarray(r.n)
        d = np.asarray(r.d) if isinstance(r.d, np.ndarray) else np.full(len(n), r.d, dtype=I64)
        target = 10**s
        if (target % d[known] != 0).any():
            raise ValueError(f"{spec.path}: a value has more than {s} decimal places")
        scaled = np.where(known, n * (target // np.where(known, d, 1)), 0)
        arr = arrow_money(scaled, mask)
        return arr if s == 2 else arr.view(pa.decimal128(38, s))
    if kind == "count":
        r = v.data
        d = np.asarray(r.d) if isinstance(r.d, np.ndarray) else r.d
        return pa.array(np.asarray(r.n // d, dtype=I64), mask=mask, type=pa.int64())
    if kind == "flag":
        return pa.array(np.asarray(v.data) == 2, mask=mask, type=pa.bool_())
    if kind == "date":
        return pa.array((np.asarray(v.data, dtype=I64) - _EPOCH).astype(np.int32), mask=mask, type=pa.int32()
                        ).cast(pa.date32())
    if kind == "enum":
        vocab = v.vocab or spec.values
        idx = pa.array(np.asarray(v.data, dtype=np.int32), mask=mask, type=pa.int32())
        return pa.DictionaryArray.from_arrays(idx, pa.array(list(vocab), type=pa.string()))
    if kind == "strlist":
        vals = [list(x) if k else None for x, k in zip(np.asarray(v.data).tolist(), known.tolist(), strict=True)]
        return pa.array(vals, type=pa.list_(pa.string()))
    return pa.array(np.asarray(v.data, dtype=object), mask=mask, type=pa.string())


# --- the folder -----------------------------------------------------------------------------------------------

def _table_files(folder: Path, name: str) -> list[Path] | None:
    """The part files of table ``name`` (one file, or the parts of a folder), or ``None`` when absent."""
    for ext in ("parquet", "csv"):
        f = folder / f"{name}.{ext}"
        if f.is_file():
            return [f]
    d = folder / name
    if d.is_dir():
        parts = sorted(p for p in d.iterdir() if p.suffix in (".parquet", ".csv"))
        return parts
    return None


def _read_table(path: Path, key: str, key_type: str = "text") -> Any:
    """One part file as an arrow table: Parquet as stored; CSV with every column as text (the key too, unless the
    manifest's ``key_type`` is ``integer``: ``007`` stays ``"007"``), an empty cell as null."""
    import pyarrow as pa
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    if path.suffix == ".parquet":
        return pq.ParquetFile(path).read()  # one file: without the dataset layer of read_table
    with path.open(encoding="utf-8") as fh:
        header: list[str] = next(iter(__import__("csv").reader(fh)), [])
    types = {c: pa.string() for c in header}
    if key_type == "integer":
        types[key] = pa.int64()
    return pcsv.read_csv(path, convert_options=pcsv.ConvertOptions(
        column_types=types, null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=False))


@dataclass
class Partition:
    """One partition of a registry, read and validated: its firms' keys, their columns and the bad cells."""

    index: int
    keys: list[Any]
    source: TablesSource
    errors: list[CellError]
    bad: Any
    """Per firm: a bad cell in its row or its items (left out of estimates)."""

    @property
    def n(self) -> int:
        return len(self.keys)


@dataclass
class Registry:
    """A registry folder (:func:`read_registry`): its manifest and partitions, read on demand."""

    folder: Path
    manifest: dict[str, Any]
    parts: dict[str, list[Path]]
    _n: int | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        return str(self.manifest.get("key", "id"))

    @property
    def key_type(self) -> str:
        """How CSV tables' keys are read: ``text`` (default) or ``integer``."""
        return str(self.manifest.get("key_type", "text"))

    @property
    def n_partitions(self) -> int:
        return len(self.parts[FIRMS])

    def sections(self) -> dict[str, str]:
        """Each list section with its rule: ``complete`` (no rows: none) or ``unknown`` (no rows: not known)."""
        return dict(self.manifest.get("sections", {}))

    def partition(self, k: int) -> Partition:
        return read_partition(self, k)

    def __iter__(self) -> Iterator[Partition]:
        for k in range(self.n_partitions):
            yield self.partition(k)

    @property
    def n(self) -> int:
        """The number of firms (from the manifest, else counted)."""
        if self._n is None:
            self._n = int(self.manifest["firms"]) if "firms" in self.manifest else sum(p.n for p in self)
        return self._n

    def errors(self) -> list[CellError]:
        """Every bad cell of the registry, partition by partition."""
        return [e for p in self for e in p.errors]

    def tables(self) -> tuple[list[Any], TablesSource, list[CellError]]:
        """The whole registry in memory (for a registry that fits): keys, columns of its valid firms, bad cells."""
        from .engine.rules.columns import Columns

        if self.n_partitions == 1:
            p = self.partition(0)
            good = np.nonzero(~p.bad)[0]
            if len(good) == p.n:
                return p.keys, p.source, p.errors
            sub = Columns(p.n, p.source).subset(good)
            return [p.keys[i] for i in good.tolist()], _materialise(sub), p.errors
        raise RegistryError(f"{self.folder}: {self.n_partitions} partitions; read them one by one (iterate the "
                            "registry) or use estimate_registry")

    def __repr__(self) -> str:
        return f"<Registry {self.folder}: {self.n_partitions} partition(s), sections {sorted(self.sections())}>"


def _materialise(cols: Any) -> TablesSource:
    """A :class:`TablesSource` holding every column of a batch (e.g. a subset)."""
    schema = firm_schema()
    facts = {p: cols.fact(s) for p, s in schema.facts.items() if s.section is None}
    sections = {}
    for path in schema.sections:
        sec = cols.section(path)
        sections[path] = (sec, {p: cols.item_fact(s) for p, s in schema.facts.items() if s.section == path})
    present = {p: cols.present(p) for p in schema.presence if p not in schema.sections}
    return TablesSource(cols.n, facts, sections, present)


def read_registry(folder: str | Path) -> Registry:
    """A registry folder (see the module docstring): its manifest checked and its tables found; the partitions are
    read (and validated) when used: ``for part in registry``, ``registry.partition(k)``, ``registry.errors()``,
    ``registry.tables()``; or estimated by :func:`subsidycalc.estimate_registry`."""
    folder = Path(folder)
    mf = folder / MANIFEST
    if not mf.is_file():
        raise RegistryError(f"{folder}: no {MANIFEST} (see docs/registries.md)")
    try:
        manifest = json.loads(mf.read_text(encoding="utf-8"))
    except ValueError as e:
        raise RegistryError(f"{mf}: not valid JSON: {e}") from None
    if manifest.get("key_type", "text") not in ("text", "integer"):
        raise RegistryError(f"{mf}: key_type {manifest.get('key_type')!r} is not text or integer")
    if manifest.get("format", FORMAT) != FORMAT:
        raise RegistryError(f"{mf}: format {manifest.get('format')!r}, expected {FORMAT!r}")
    schema = firm_schema()
    for sec, rule in manifest.get("sections", {}).items():
        if sec not in schema.sections:
            raise RegistryError(f"{mf}: sections: the profile has no list section {sec!r} "
                                f"(sections: {', '.join(schema.sections)})")
        if rule not in SECTION_RULES:
            raise RegistryError(f"{mf}: sections.{sec}: {rule!r} is not one of {', '.join(SECTION_RULES)}")
    parts: dict[str, list[Path]] = {}
    firms = _table_files(folder, FIRMS)
    if not firms:
        raise RegistryError(f"{folder}: no firms table (firms.parquet, firms.csv or firms/part-*.parquet)")
    parts[FIRMS] = firms
    for sec in schema.sections:
        got = _table_files(folder, sec)
        if got is None:
            continue
        if len(got) != len(firms):
            raise RegistryError(f"{folder}: {sec} has {len(got)} part(s), firms has {len(firms)}")
        parts[sec] = got
    return Registry(folder, manifest, parts)


def read_tables(reg: Registry, k: int) -> dict[str, Any]:
    """Partition ``k``'s tables as stored (arrow tables by name: ``firms`` and each list present), not yet decoded:
    what :func:`read_partition` decodes (a reader thread can read the next partition's files meanwhile)."""
    out = {FIRMS: _read_table(reg.parts[FIRMS][k], reg.key, reg.key_type)}
    for sec in firm_schema().sections:
        files = reg.parts.get(sec)
        if files is not None:
            out[sec] = _read_table(files[k], reg.key, reg.key_type)
    return out


def read_partition(reg: Registry, k: int, tables: dict[str, Any] | None = None) -> Partition:
    """Partition ``k`` of a registry: its tables read (or ``tables``, from :func:`read_tables`), decoded and
    validated column by column."""
    import pyarrow as pa

    schema = firm_schema()
    key = reg.key
    tables = {} if tables is None else tables
    ft = tables.pop(FIRMS) if FIRMS in tables else _read_table(reg.parts[FIRMS][k], key, reg.key_type)
    if key not in ft.column_names:
        raise RegistryError(f"{reg.parts[FIRMS][k]}: no key column {key!r} (the manifest's \"key\")")
    karr = _plain(ft.column(key))
    keys = karr.to_pylist()
    n = len(keys)
    errors: list[CellError] = []
    null_key = ~_valid(karr)
    index = _KeyIndex(karr, keys, null_key)
    bad = null_key | (index.first != np.arange(n))
    for i in np.nonzero(bad)[0].tolist():  # in row order
        if null_key[i]:
            errors.append(CellError(f"row {i + 2}", key, "the key is empty"))
        else:
            errors.append(CellError(keys[i], key, "the same key on two rows"))
    facts_by_name = firm_fields()
    subs = set(submodels())
    facts: dict[str, V] = {}
    flags_given: dict[str, Any] = {}
    for name in ft.column_names:
        if name == key:
            continue
        spec = facts_by_name.get(name)
        if spec is not None:
            facts[name] = _Col(spec, name, keys, errors, bad).decode(ft.column(name))
        elif name in subs or name in schema.sections:
            flags_given[name] = _given(ft.column(name), name, keys, errors, bad)
        else:
            import difflib

            close = difflib.get_close_matches(name, list(facts_by_name) + list(schema.presence), n=1)
            raise RegistryError(f"{reg.parts[FIRMS][k]}: column {name!r} is not a profile field"
                                + (f"; did you mean {close[0]!r}?" if close else ""))
    rules = reg.sections()
    sections: dict[str, tuple[Section, dict[str, V]]] = {}
    rows_in: dict[str, Any] = {}
    for sec in schema.sections:
        files = reg.parts.get(sec)
        if files is None:
            continue
        st = tables.pop(sec) if sec in tables else _read_table(files[k], key, reg.key_type)
        if key not in st.column_names:
            raise RegistryError(f"{files[k]}: no key column {key!r}")
        ikarr = _plain(st.column(key))
        owner = index.rows_of(ikarr)
        orphan = owner < 0
        if orphan.any():
            at = np.nonzero(orphan)[0]
            for ik in ikarr.take(pa.array(at)).to_pylist():
                errors.append(CellError(ik, f"{sec}.{key}", f"an item of {sec} whose firm is not in the firms table"))
        keep = np.nonzero(~orphan)[0]
        if len(keep) == len(owner) and (len(owner) < 2 or bool((owner[1:] >= owner[:-1]).all())):
            order = None  # already in firm order (as written): no reordering
            own = owner
        else:
            order = keep[np.argsort(owner[keep], kind="stable")]
            own = owner[order]
        starts = np.searchsorted(own, own, side="left")
        pos = np.arange(len(own), dtype=I64) - starts
        if order is not None:
            st = st.take(order)
        item_keys = _KeysOf(keys, own)
        ibad = np.zeros(len(own), dtype=bool)
        fields = item_fields(sec)
        cols: dict[str, V] = {}
        for name in st.column_names:
            if name == key:
                continue
            spec = fields.get(name)
            if spec is None:
                raise RegistryError(f"{files[k]}: column {name!r} is not a field of a {sec} item "
                                    f"(fields: {', '.join(fields)})")
            cols[spec.path] = _Col(spec, name, item_keys, errors, ibad, pos).decode(st.column(name))
        bad[own[ibad]] = True
        has = np.zeros(n, dtype=bool)
        has[own] = True
        rows_in[sec] = has
        sections[sec] = (Section(own, pos, has, len(own)), cols)
    # presence of sub-models: stated, else any of their facts known or any of their lists with items
    present: dict[str, Any] = {}
    for sub in subs:
        derived = np.zeros(n, dtype=bool)
        for path, v in facts.items():
            if path.startswith(sub + "."):
                derived |= np.asarray(v.known)
        for sec, has in rows_in.items():
            if sec.startswith(sub + "."):
                derived |= has
        stated = flags_given.get(sub)
        present[sub] = derived if stated is None else np.where(stated[1], stated[0], derived)
    for sec in schema.sections:
        has = rows_in.get(sec, np.zeros(n, dtype=bool))
        rule = rules.get(sec)
        given = has | (rule == "complete")
        parent = sec.split(".")[0] if "." in sec else None
        if parent is not None:
            given &= present[parent] | has
        stated = flags_given.get(sec)
        if stated is not None:
            given = np.where(stated[1], stated[0] | has, given)
            contradict = stated[1] & ~stated[0] & has
            for i in np.nonzero(contradict)[0].tolist():
                errors.append(CellError(keys[i], sec, f"{sec} is false (not given) but the {sec} table has items"))
            bad |= contradict
        if sec in sections:
            s0, c0 = sections[sec]
            sections[sec] = (Section(s0.owner, s0.pos, given, s0.n_items), c0)
        elif given.any():
            sections[sec] = (Section(np.zeros(0, dtype=I64), np.zeros(0, dtype=I64), given, 0), {})
    return Partition(k, keys, TablesSource(n, facts, sections, present), errors, bad)


class _KeysOf:
    """The firm key of each item (``keys[own[i]]``), looked up only for the items with a bad cell."""

    def __init__(self, keys: list[Any], own: Any) -> None:
        self.keys = keys
        self.own = own

    def __getitem__(self, i: int) -> Any:
        return self.keys[int(self.own[i])]


class _KeyIndex:
    """The firms table's keys, indexed once per partition: per row the first row with the same key
    (:attr:`first`; −1 for an empty key), and per item the row of its firm (:meth:`rows_of`). Integer keys are
    sorted with numpy; other keys are hashed by arrow; a key type neither handles, by a Python dict."""

    def __init__(self, karr: Any, keys: list[Any], null_key: Any) -> None:
        import pyarrow as pa

        self.karr = karr
        self.keys = keys
        self.null_key = null_key
        self.sorted: Any = None
        self.row_of: dict[Any, int] | None = None
        n = len(keys)
        if pa.types.is_integer(karr.type) and not pa.types.is_uint64(karr.type):
            kv = np.asarray(karr.fill_null(0).to_numpy(zero_copy_only=False), dtype=I64)
            rows = np.nonzero(~null_key)[0]
            order = rows[np.argsort(kv[rows], kind="stable")]
            sk = kv[order]
            start = np.ones(len(sk), dtype=bool)
            start[1:] = sk[1:] != sk[:-1]
            self.first = np.full(n, -1, dtype=I64)
            self.first[order] = order[start][np.cumsum(start) - 1]
            self.sorted = (sk, order)
            return
        try:
            self.first = self._index_in(karr)
        except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):  # a type arrow cannot hash
            self.row_of = {}
            for i, kv in enumerate(keys):
                if not null_key[i]:
                    self.row_of.setdefault(kv, i)
            self.first = np.fromiter((-1 if null_key[i] else self.row_of[kv] for i, kv in enumerate(keys)),
                                     dtype=I64, count=n)

    def _index_in(self, arr: Any) -> Any:
        import pyarrow.compute as pc

        idx = pc.index_in(arr, value_set=self.karr, skip_nulls=True)
        return np.asarray(idx.fill_null(-1).to_numpy(zero_copy_only=False), dtype=I64)

    def rows_of(self, ikarr: Any) -> Any:
        """Per item key, the first row of the firms table with that key, −1 when none."""
        import pyarrow as pa

        if self.row_of is None:
            try:
                if ikarr.type != self.karr.type:
                    both = [f(t) for t in (ikarr.type, self.karr.type) for f in (pa.types.is_integer, _is_text)]
                    if not ((both[0] and both[2]) or (both[1] and both[3])):  # as Python compares: 5 ≠ "5"
                        raise pa.ArrowTypeError("keys of different kinds")
                    ikarr = ikarr.cast(self.karr.type)
                if self.sorted is None:
                    return self._index_in(ikarr)
                sk, order = self.sorted
                known = _valid(ikarr)
                iv = np.asarray(ikarr.fill_null(0).to_numpy(zero_copy_only=False), dtype=I64)
                at = np.minimum(np.searchsorted(sk, iv), max(len(sk) - 1, 0))
                hit = known & (at < len(sk)) & (sk[at] == iv) if len(sk) else np.zeros(len(iv), dtype=bool)
                return np.where(hit, order[at] if len(sk) else -1, -1).astype(I64)
            except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):  # types that do not compare
                pass
            self.row_of = {}
            for i, kv in enumerate(self.keys):
                if not self.null_key[i]:
                    self.row_of.setdefault(kv, i)
        row_of = self.row_of
        return np.fromiter((row_of.get(x, -1) for x in ikarr.to_pylist()), dtype=I64, count=len(ikarr))


def _given(arr: Any, name: str, keys: Any, errors: list[CellError], bad: Any) -> tuple[Any, Any]:
    """A stated presence column: (value, stated) per firm."""
    spec = FactSpec(name, name, "flag", None, (name,))
    arr = _plain(arr)
    codes = _Col(spec, name, keys, errors, bad)._flag(arr, _valid(arr)).data
    return codes == 2, codes != 1


def _plain(arr: Any) -> Any:
    import pyarrow as pa

    arr = _one_chunk(arr)
    return arr.dictionary_decode() if pa.types.is_dictionary(arr.type) else arr


# --- writing --------------------------------------------------------------------------------------------------

def tables_of(source: TablesSource, keys: Sequence[Any], key: str = "id", every_section: bool = False
              ) -> dict[str, Any]:
    """Arrow tables of a registry partition: ``firms`` and one per list section with items (every section with
    ``every_section``: the parts of a partitioned registry line up), every presence and list stated explicitly (so
    reading them back gives the same columns)."""
    import pyarrow as pa

    schema = firm_schema()
    n = source.n
    key_arr = pa.array(list(keys))
    cols: dict[str, Any] = {key: key_arr}
    for path, spec in firm_fields().items():
        v = source.facts.get(path)
        if v is not None and np.asarray(v.known).any():
            cols[path] = encode(spec, v)
    for sub in submodels():
        cols[sub] = pa.array(np.asarray(source.present(sub, n), dtype=bool))
    out: dict[str, Any] = {}
    for sec in schema.sections:
        s = source.section(sec, n)
        cols[sec] = pa.array(np.asarray(s.known, dtype=bool))
        if s.n_items == 0 and not every_section:
            continue
        order = np.lexsort((np.asarray(s.pos), np.asarray(s.owner)))
        owner = np.asarray(s.owner)[order]
        icols: dict[str, Any] = {key: key_arr.take(pa.array(owner))}
        for name, spec in item_fields(sec).items():
            v = source.item_fact(spec, s)
            if np.asarray(v.known).any():
                from .engine.rules.columns import take

                icols[name] = encode(spec, take(v, order))
        out[sec] = pa.table(icols)
    out[FIRMS] = pa.table(cols)
    return out


def write_table(table: Any, path: Path) -> None:
    """One table as Parquet or CSV (by ``path``'s suffix); in CSV a list of text is a JSON array."""
    import pyarrow as pa
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".parquet":
        pq.write_table(table, path)
        return
    for i, f in enumerate(table.schema):
        if pa.types.is_list(f.type):
            vals = [None if x is None else json.dumps(x, ensure_ascii=False) for x in table.column(i).to_pylist()]
            table = table.set_column(i, f.name, pa.array(vals, type=pa.string()))
        elif pa.types.is_dictionary(f.type):
            table = table.set_column(i, f.name, table.column(i).cast(pa.string()))
    pcsv.write_csv(table, path)


def write_partition(folder: Path, tables: dict[str, Any], index: int | None, fmt: str = "parquet") -> None:
    """Write a partition's tables: ``DIR/<table>.<fmt>`` (``index`` ``None``) or ``DIR/<table>/part-NNNNN.<fmt>``."""
    for name, t in tables.items():
        path = folder / f"{name}.{fmt}" if index is None else folder / name / f"part-{index:05d}.{fmt}"
        write_table(t, path)


def write_manifest(folder: Path, key: str = "id", firms: int | None = None, key_type: str = "text",
                   **extra: Any) -> None:
    schema = firm_schema()
    m: dict[str, Any] = {"format": FORMAT, "key": key, "key_type": key_type}
    if firms is not None:
        m["firms"] = firms
    m["sections"] = {s: "unknown" for s in schema.sections}
    m.update(extra)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).write_text(json.dumps(m, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_registry(folder: str | Path, source: TablesSource, keys: Sequence[Any] | None = None, *,
                   key: str = "id", fmt: str = "parquet") -> Path:
    """A registry in memory (columns and keys) as a one-partition registry folder."""
    folder = Path(folder)
    keys = list(range(source.n)) if keys is None else list(keys)
    integer = all(isinstance(k, int | np.integer) and not isinstance(k, bool) for k in keys)
    write_manifest(folder, key, source.n, "integer" if integer and keys else "text")
    write_partition(folder, tables_of(source, keys, key), None, fmt)
    return folder


def write_synthetic(folder: str | Path, n: int, seed: int = 0, *, partition_size: int = 131_072,
                    fmt: str = "parquet", progress: bool | None = None) -> Path:
    """Firms ``0 .. n-1`` of the synthetic registry ``seed`` (:mod:`subsidycalc.synthetic_tables`) as a registry
    folder, generated and written partition by partition (memory bounded by ``partition_size``). Key: the firm's
    number (``id``)."""
    from .progress import progress_bar
    from .synthetic_tables import synthetic_tables

    folder = Path(folder)
    if n < 0 or partition_size <= 0:
        raise ValueError("n must be ≥ 0 and partition_size > 0")
    write_manifest(folder, "id", n, "integer", generator={"synthetic_tables": {"seed": seed}},
                   note="synthetic: every figure is illustrative, not statistics of Beijing's firms")
    count = max(1, -(-n // partition_size))
    with progress_bar(total=n, unit="firm", desc="synthetic", enabled=progress) as bar:
        for k in range(count):
            start = k * partition_size
            m = min(partition_size, n - start)
            t = synthetic_tables(m, seed, start)
            write_partition(folder, tables_of(t, range(start, start + m), "id", every_section=True), k, fmt)
            bar.update(m)
            del t
    return folder


__all__ = ["CellError", "FORMAT", "Partition", "Registry", "RegistryError", "encode", "read_partition",
           "read_registry", "read_tables", "scales", "tables_of", "write_partition", "write_registry", "write_synthetic"]
