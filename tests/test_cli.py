"""The command line: tables, JSON, explain, measures, readings, schema; bad input → exit 2, one line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from subsidycalc.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIRM = str(ROOT / "examples/firms/xicheng_restaurant.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_estimate_table_lists_eligible_first_and_the_total(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "estimate", FIRM)
    assert code == 0
    lines = out.splitlines()
    assert "xicheng.loan_interest_subsidy" in out and "36,000.00" in out
    row = re.compile(r"^[a-z_]+\.[a-z0-9_.]+\s+(eligible|undetermined|ineligible)\s")  # a row's first line
    statuses = [m.group(1) for ln in lines[2:] if (m := row.match(ln))]
    assert len(statuses) > 5
    order = {"eligible": 0, "undetermined": 1, "ineligible": 2}
    assert [order[s] for s in statuses] == sorted(order[s] for s in statuses)
    assert lines[-1].startswith("total:") or any(ln.startswith("total:") for ln in lines)


def test_estimate_json_is_report_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    import subsidycalc as sc

    code, out, _ = run(capsys, "estimate", FIRM, "--json")
    data = json.loads(out)
    assert code == 0
    report = sc.estimate(json.loads(Path(FIRM).read_text()))
    assert data["total"] == f"{report.total:.2f}"
    loan = next(a for a in data["awards"] if a["measure_id"] == "xicheng.loan_interest_subsidy")
    assert loan["amount"] == "36000.00" and loan["sources"][0]["lines"] == "L656-L664"


def test_estimate_zh_labels(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "estimate", FIRM, "--lang", "zh")
    assert code == 0 and "可享受" in out and "合计" in out


def test_set_changes_a_reading(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "explain", FIRM, "xicheng.loan_interest_subsidy", "--json",
                    "--set", "benchmark_series=pboc")
    assert json.loads(out)["readings"]["benchmark_series"] == "pboc"


def test_explain_shows_steps_readings_and_quote(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", FIRM, "xicheng.loan_interest_subsidy")
    assert code == 0
    assert "30% × 120,000.00 = 36,000.00" in out
    assert "benchmark_series = lpr" in out
    assert "给予 30%的实际利息补贴" in out and "L656-L664" in out


def test_measures_lists_the_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    import subsidycalc as sc

    code, out, _ = run(capsys, "measures")
    assert code == 0 and f"{len(sc.catalog())} measures" in out
    code, out, _ = run(capsys, "measures", "--district", "xicheng")
    assert "xicheng.loan_interest_subsidy" in out and "haidian." not in out


def test_readings_and_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "readings")[1].startswith("benchmark_series = lpr")
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out)["title"] == "Firm"


@pytest.mark.parametrize("argv, needle", [
    (["estimate", "/no/such/file.json"], "no such file"),
    (["estimate", "{bad}"], "{bad}: "),
    (["explain", FIRM, "xicheng.loan_interest_subsidi"], "did you mean xicheng.loan_interest_subsidy"),
    (["estimate", FIRM, "--set", "benchmark_serie=pboc"], "unknown reading"),
    (["estimate", FIRM, "--set", "benchmark_series=ecb"], "--set: benchmark_series"),
    (["estimate", FIRM, "--set", "benchmark_series"], "NAME=VALUE"),
    (["measures", "--district", "atlantis"], "unknown district"),
])
def test_bad_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], needle: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("content, field", [
    ('{"district": "xicheng", "loans": [{"annual_rate": "4.35"}]}', "loans.0.annual_rate"),
    ('{"distrcit": "xicheng"}', "distrcit"),
    ('[1, 2]', "JSON object"),
    ('{"district": ', "not valid JSON"),
])
def test_bad_profile_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str,
                                     field: str) -> None:
    p = tmp_path / "firm.json"
    p.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "estimate", str(p))
    assert code == 2 and field in err and err.count("\n") == 1


def test_console_entry_points_run_as_processes(tmp_path: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "subsidycalc", "estimate", FIRM], capture_output=True, text=True)
    assert ok.returncode == 0 and "total:" in ok.stdout
    bad = tmp_path / "bad.json"
    bad.write_text('{"revenue": -1}')
    res = subprocess.run([sys.executable, "-m", "subsidycalc", "estimate", str(bad)], capture_output=True, text=True)
    assert res.returncode == 2 and "revenue" in res.stderr and "Traceback" not in res.stderr
