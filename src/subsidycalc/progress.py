"""Progress display for long runs: a ``tqdm.auto`` bar — a widget in Jupyter, a text bar in a terminal — and
nothing when output is not interactive (a pipe, a log, a CI job) unless asked with ``progress=True``.

``tqdm`` comes with the ``registry`` extra; without it the bar is silently absent.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def interactive() -> bool:
    """True in a Jupyter kernel or when stderr is a terminal."""
    try:
        shell = sys.modules["IPython"].get_ipython()  # type: ignore[attr-defined]
        if shell is not None and getattr(shell, "kernel", None) is not None:
            return True
    except (KeyError, AttributeError):
        pass
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


class _Silent:
    def update(self, n: int = 1) -> None:
        pass

    def set_postfix_str(self, s: str) -> None:
        pass


@contextmanager
def progress_bar(total: int | None = None, *, unit: str = "firm", desc: str = "", enabled: bool | None = None,
                 ) -> Iterator[Any]:
    """A bar with ``update(n)``; ``enabled``: ``None`` shows it only when :func:`interactive`."""
    show = interactive() if enabled is None else enabled
    if not show:
        yield _Silent()
        return
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - without the registry extra
        yield _Silent()
        return
    bar = tqdm(total=total, unit=unit, desc=desc or None, unit_scale=bool(total and total >= 10_000), file=sys.stderr)
    try:
        yield bar
    finally:
        bar.close()


__all__ = ["interactive", "progress_bar"]
