"""The page in a real browser (issue 11 §3): headless Chromium (Debian's ``chromium``) driven by Playwright fills
the form for an example firm, field by field, and the total it shows equals ``subsidycalc estimate``'s.

Needs /usr/bin/chromium (``.ci/run`` installs Debian's package when it is missing). Without it the test is skipped
with the reason, unless ``SUBSIDYCALC_REQUIRE_BROWSER=1`` (set by ``.ci/run``), which makes its absence a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

import subsidycalc as sc  # noqa: E402
from subsidycalc.web import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FIRM_FILE = ROOT / "examples" / "firms" / "xicheng_restaurant.json"
#: where the screenshot goes: docs/web_page.png (the README's) with SUBSIDYCALC_SCREENSHOT=1, else a temporary file
SCREENSHOT = ROOT / "docs" / "web_page.png"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]

if CHROMIUM is None:
    if os.environ.get("SUBSIDYCALC_REQUIRE_BROWSER") == "1":
        pytest.fail("SUBSIDYCALC_REQUIRE_BROWSER=1 but no chromium on PATH (Debian: apt-get install chromium)",
                    pytrace=False)
    pytest.skip("no chromium on PATH: the browser test needs Debian's chromium (.ci/run installs it)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:  # pragma: no cover
            raise RuntimeError("the server did not start")
        time.sleep(0.02)  # waiting for a thread to bind, not a timed test
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _leaves(prefix: str, value: object) -> Iterator[tuple[str, object]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(f"{prefix}.{k}" if prefix else k, v)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        for i, item in enumerate(value):
            yield (f"{prefix}#{i}", None)  # an item to add
            yield from _leaves(f"{prefix}.{i}", item)
    else:
        yield prefix, value


def test_the_page_shows_the_cli_total_for_a_firm_filled_by_hand(server: str, tmp_path: Path) -> None:
    profile = json.loads(FIRM_FILE.read_text(encoding="utf-8"))
    expected = sc.estimate(profile)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready='1']")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        for path, value in _leaves("", profile):
            if value is None and "#" in path:
                section = path.split("#")[0]
                page.click(f"[data-add='{section}']")
                page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
                continue
            if isinstance(value, list) and not value:
                page.check(f"[data-none='{path}']")
                continue
            sel = f"#form [name='{path}']"
            tag = page.eval_on_selector(sel, "e => e.tagName")
            text = ", ".join(value) if isinstance(value, list) else \
                ("true" if value is True else "false" if value is False else str(value))
            if tag == "SELECT":
                page.select_option(sel, text)
            else:
                page.fill(sel, text)
        page.click("#estimate")
        page.wait_for_function("document.querySelector('#total').textContent.length > 0")
        page.wait_for_selector("#questions li")
        shown = page.text_content("#total")
        assert shown == f"{expected.total:,.2f}"
        ids = page.eval_on_selector_all("#awards [data-measure]", "es => es.map(e => e.dataset.measure)")
        assert ids == [a.measure_id for a in expected.sorted() if a.status != "ineligible"]
        # the Chinese page: titles in Chinese, the same total
        page.click("#lang-zh")
        page.wait_for_function(f"document.querySelector('#awards').textContent.includes("
                               f"{json.dumps(expected.eligible[0].title_zh)})")
        assert page.text_content("#total") == f"{expected.total:,.2f}"
        page.click("#lang-en")
        page.wait_for_function(f"document.querySelector('#awards').textContent.includes("
                               f"{json.dumps(expected.eligible[0].title_en)})")
        shot = SCREENSHOT if os.environ.get("SUBSIDYCALC_SCREENSHOT") == "1" else tmp_path / "page.png"
        page.screenshot(path=str(shot), full_page=False)
        assert shot.stat().st_size > 10_000
        browser.close()


def test_the_page_lists_every_problem_of_a_bad_profile(server: str) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready='1']")
        page.fill("#form [name='revenue']", "ten million")
        page.fill("#form [name='employees']", "-3")
        page.click("#estimate")
        page.wait_for_selector("#errors:not([hidden]) li")
        items = page.eval_on_selector_all("#errors li", "es => es.map(e => e.textContent)")
        assert any(i.startswith("revenue:") for i in items) and any(i.startswith("employees:") for i in items)
        browser.close()
