"""The page's JSON API (issue 11 §3): the same data as the library, 422 with field paths, 413 over 1 MB."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import subsidycalc as sc  # noqa: E402
from subsidycalc.web import MAX_BODY, create_app  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "firms"
FIRM = json.loads((EXAMPLES / "xicheng_restaurant.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def test_estimate_is_report_to_dict(client: TestClient) -> None:
    r = client.post("/api/estimate", json=FIRM)
    assert r.status_code == 200
    data = r.json()
    report = sc.estimate(FIRM)
    expected = report.to_dict()
    assert data["total"] == expected["total"] and data["counts"] == expected["counts"]
    assert [a["measure_id"] for a in data["awards"]] == [a["measure_id"] for a in expected["awards"]]
    loan = next(a for a in data["awards"] if a["measure_id"] == "xicheng.loan_interest_subsidy")
    assert loan["explanation"] == report["xicheng.loan_interest_subsidy"].explain()
    assert loan["sources"][0]["quote"] in sc.catalog()["xicheng.loan_interest_subsidy"].sources[0].quote


def test_readings_change_the_result(client: TestClient) -> None:
    base = client.post("/api/estimate", json=FIRM).json()
    r = client.post("/api/estimate", json={"profile": FIRM, "readings": {"benchmark_series": "pboc"}})
    assert r.status_code == 200
    assert r.json()["assumptions_changed"] == {"benchmark_series": "pboc"}
    assert base["assumptions_changed"] == {}


@pytest.mark.parametrize(("body", "field"), [
    ({"district": "dongchen", "industry": "catering"}, "district"),
    ({"district": "xicheng", "industry": "catering", "leases": [{"monthly_rentt": "5"}]}, "leases.0.monthly_rentt"),
    ({"profile": {"district": "xicheng", "industry": "catering"}, "readings": {"benchmark_serie": "pboc"}},
     "readings.benchmark_serie"),
    ([1, 2], "(body)"),
])
def test_bad_input_is_422_with_the_field_path(client: TestClient, body: object, field: str) -> None:
    r = client.post("/api/estimate", json=body)
    assert r.status_code == 422
    fields = [p["field"] for p in r.json()["detail"]]
    assert field in fields


def test_not_json_is_422(client: TestClient) -> None:
    r = client.post("/api/estimate", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["detail"][0]["field"] == "(body)"


def test_a_body_over_1_mb_is_413(client: TestClient) -> None:
    big = b" " * (MAX_BODY + 1)
    assert client.post("/api/estimate", content=big).status_code == 413
    # without a content length (chunked), counted while read

    def chunks():
        for _ in range(MAX_BODY // 65536 + 2):
            yield b" " * 65536

    assert client.post("/api/estimate", content=chunks()).status_code == 413
    assert client.post("/api/estimate", content=b" " * MAX_BODY + b"{}"[:0]).status_code == 422  # at the limit: read


def test_questions_and_calendar(client: TestClient) -> None:
    qs = client.post("/api/questions", json=FIRM).json()["questions"]
    expected = [q.to_dict() for q in sc.estimate(FIRM).questions()]
    assert qs == expected
    cal = client.post("/api/calendar?as_of=2020-03-01", json=FIRM).json()
    assert cal["as_of"] == "2020-03-01"
    assert [e["measure_id"] for e in cal["entries"]] == [e.measure_id for e in
                                                         sc.estimate(FIRM).calendar(__import__("datetime").date(2020, 3, 1))]
    assert client.post("/api/calendar?as_of=2020-13-01", json=FIRM).status_code == 422


def test_measures_schema_and_page(client: TestClient) -> None:
    ms = client.get("/api/measures").json()
    assert len(ms) == len(sc.catalog()) and ms[0]["sources"][0]["quote"]
    assert client.get("/api/schema").json() == sc.Firm.model_json_schema()
    page = client.get("/")
    assert page.status_code == 200 and 'id="estimate"' in page.text
    assert client.get("/app.js").status_code == 200 and client.get("/app.css").status_code == 200


@pytest.mark.parametrize("path", ["/../pyproject.toml", "/static/../../__init__.py", "/%2e%2e/app.py", "/etc/passwd"])
def test_nothing_in_a_request_reaches_the_file_system(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_serve_binds_to_localhost_by_default() -> None:
    from subsidycalc.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)


def test_serve_runs_the_app_with_its_long_lived_objects_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    # `subsidycalc serve` hands uvicorn the app on the host and port asked, after moving what lives as long as the
    # process (catalog, compiled definitions) out of the cyclic collector's reach (gc.freeze)
    import gc

    import uvicorn

    from subsidycalc.cli import main

    seen: dict[str, object] = {}

    def run(app: object, host: str, port: int, log_level: str) -> None:
        seen.update(app=app, host=host, port=port, frozen=gc.get_freeze_count())

    monkeypatch.setattr(uvicorn, "run", run)
    try:
        assert main(["serve", "--port", "8765"]) == 0
    finally:
        gc.unfreeze()
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8765)
    assert isinstance(seen["frozen"], int) and seen["frozen"] > 0
    assert TestClient(seen["app"]).get("/api/measures").status_code == 200  # type: ignore[arg-type]


def test_estimate_in_chinese(client: TestClient) -> None:
    # the page in 中文 asks for ?lang=zh: the same amounts, the reasons and explanation in Chinese
    en = client.post("/api/estimate", json=FIRM).json()
    r = client.post("/api/estimate?lang=zh", json=FIRM)
    assert r.status_code == 200
    zh = r.json()
    assert zh["total"] == en["total"] and zh["counts"] == en["counts"]
    loan_en, loan_zh = (next(a for a in d["awards"] if a["measure_id"] == "xicheng.loan_interest_subsidy")
                        for d in (en, zh))
    assert loan_zh["amount"] == loan_en["amount"] and loan_zh["reasons"] != loan_en["reasons"]
    assert "注册在西城区" in " ".join(loan_zh["reasons"]) and "registered" not in " ".join(loan_zh["reasons"])
    assert loan_zh["explanation"] == sc.estimate(FIRM)["xicheng.loan_interest_subsidy"].explain(lang="zh")
    bad = client.post("/api/estimate?lang=fr", json=FIRM)
    assert bad.status_code == 422 and "lang" in bad.text
