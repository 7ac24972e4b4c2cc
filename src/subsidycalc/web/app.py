"""The FastAPI application of the page (see the package docstring)."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Any

try:
    from fastapi import FastAPI, Request
    from fastapi.responses import HTMLResponse, JSONResponse, Response
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise ImportError("the web page needs its extra: pip install 'subsidycalc[web]'") from e

from pydantic import ValidationError

#: the largest request body accepted (bytes): a profile is a few kilobytes
MAX_BODY = 1_000_000
_STATIC = {"/": ("index.html", "text/html; charset=utf-8"),
           "/app.js": ("app.js", "text/javascript; charset=utf-8"),
           "/app.css": ("app.css", "text/css; charset=utf-8")}


class _Refused(Exception):
    def __init__(self, status: int, detail: Any) -> None:
        self.status, self.detail = status, detail


def _static(name: str) -> bytes:
    return resources.files(__package__).joinpath("static", name).read_bytes()


async def _body(request: Request) -> Any:
    """The request's JSON body, refusing more than :data:`MAX_BODY` bytes (413) before reading it all."""
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_BODY:
        raise _Refused(413, f"the body is {int(length):,} bytes; at most {MAX_BODY:,} are accepted")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _Refused(413, f"the body is over {MAX_BODY:,} bytes")
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks) or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise _Refused(422, [{"field": "(body)", "value": None, "problem": f"not JSON: {e}", "suggestions": []}]) from e


def _split(body: Any) -> tuple[Any, Any]:
    if not isinstance(body, dict):
        raise _Refused(422, [{"field": "(body)", "value": None, "problem": "expected a JSON object (a firm profile)",
                              "suggestions": []}])
    if "profile" in body and set(body) <= {"profile", "readings"}:
        return body["profile"], body.get("readings")
    return body, None


def _report(body: Any) -> Any:
    import subsidycalc as sc
    from subsidycalc.profile.errors import problems

    profile, readings = _split(body)
    if not isinstance(profile, dict):
        raise _Refused(422, [{"field": "profile", "value": None, "problem": "expected a JSON object",
                              "suggestions": []}])
    errors: list[dict[str, Any]] = []
    firm = None
    try:
        firm = sc.Firm.model_validate(profile)
    except ValidationError as e:
        errors += [p.to_dict() for p in problems(e)]
    assumptions = None
    if readings is not None:
        if not isinstance(readings, dict):
            errors.append({"field": "readings", "value": None, "problem": "expected an object of reading names",
                           "suggestions": []})
        else:
            try:
                assumptions = sc.Assumptions.model_validate(readings)
            except ValidationError as e:
                errors += [dict(p.to_dict(), field=f"readings.{p.field}") for p in problems(e, sc.Assumptions)]
    if errors:
        raise _Refused(422, errors)
    assert firm is not None  # no error: it validated
    return sc.estimate(firm, assumptions)


def create_app() -> FastAPI:
    """The application: the page and its API (module docstring of :mod:`subsidycalc.web`)."""
    import subsidycalc as sc

    app = FastAPI(title="subsidycalc", version=sc.__version__, docs_url="/api/docs", redoc_url=None)

    @app.exception_handler(_Refused)
    async def refused(_: Request, exc: _Refused) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status)

    for path, (name, media) in _STATIC.items():
        def page(name: str = name, media: str = media) -> Response:
            return Response(_static(name), media_type=media)

        app.add_api_route(path, page, methods=["GET"], include_in_schema=False,
                          response_class=HTMLResponse if name.endswith(".html") else Response)

    @app.get("/api/schema")
    def schema() -> Any:
        return sc.Firm.model_json_schema()

    @app.get("/api/measures")
    def measures() -> Any:
        return [{"id": m.id, "district": m.district, "title_zh": m.title_zh, "title_en": m.title_en, "kind": m.kind,
                 "beneficiary": m.beneficiary, "relief": m.relief, "aliases": list(m.aliases),
                 "sources": [s.to_dict() for s in m.sources]} for m in sc.catalog()]

    @app.get("/api/readings")
    def readings() -> Any:
        out = []
        for name, f in sc.Assumptions.model_fields.items():
            d = f.default
            out.append({"name": name, "default": d.isoformat() if hasattr(d, "isoformat") else
                        str(d) if d is not None and not isinstance(d, (bool, int, str)) else d,
                        "description": f.description})
        return out

    @app.post("/api/estimate")
    async def estimate(request: Request, lang: str = "en") -> Any:
        if lang not in ("en", "zh"):
            raise _Refused(422, [{"field": "lang", "value": lang, "problem": "expected en or zh",
                                  "suggestions": [x for x in ("en", "zh") if x.startswith(lang[:1].lower())]}])
        report = _report(await _body(request))
        data = report.to_dict(lang)
        for a in data["awards"]:
            if a["status"] != "ineligible":
                a["explanation"] = report[a["measure_id"]].explain(lang=lang)
        return data

    @app.post("/api/questions")
    async def questions(request: Request) -> Any:
        report = _report(await _body(request))
        return {"questions": [q.to_dict() for q in report.questions()]}

    @app.post("/api/calendar")
    async def calendar(request: Request, as_of: str | None = None) -> Any:
        try:
            day = date.fromisoformat(as_of) if as_of else date.today()
        except ValueError:
            raise _Refused(422, [{"field": "as_of", "value": as_of, "problem": "expected a date YYYY-MM-DD",
                                  "suggestions": []}]) from None
        report = _report(await _body(request))
        return {"as_of": day.isoformat(), "entries": [e.to_dict() for e in report.calendar(day)]}

    return app


__all__ = ["MAX_BODY", "create_app"]
