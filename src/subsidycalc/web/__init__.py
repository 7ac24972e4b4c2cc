"""A local web page to estimate a firm, and the JSON API it calls (extra ``web``: FastAPI and uvicorn).

``subsidycalc serve`` runs :func:`create_app` on 127.0.0.1:8000. The page (``static/index.html`` and ``app.js``)
builds its form from the Firm JSON Schema and shows the same data the API returns:

- ``POST /api/estimate`` — body: a profile, or ``{"profile": {...}, "readings": {...}}``; returns
  ``report.to_dict()`` with each award's ``explanation`` (the text of ``award.explain()``);
- ``POST /api/questions`` — the facts still missing, ranked (``report.questions()``);
- ``POST /api/calendar?as_of=YYYY-MM-DD`` — where and by when to apply (``report.calendar()``);
- ``GET /api/measures``, ``GET /api/schema``.

A bad profile or reading gets 422 with every problem (field path, value, did-you-mean); a body over 1 MB gets 413;
nothing in a request reaches the file system (the page's files are read from the package, by fixed names).
"""

from __future__ import annotations

from .app import MAX_BODY, create_app

__all__ = ["MAX_BODY", "create_app"]
