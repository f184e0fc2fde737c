"""The web app over the corpus store (issue 10): `sourcetrace serve`.

    from sourcetrace.store import Store
    from sourcetrace.web import WebSettings, create_app
    app = create_app(Store.open("sqlite:///sourcetrace.db"), WebSettings(writable=False))

A thin door: pages are views over `sourcetrace.store`, the read-only queries in `queries`, the
pipeline (for /analyze) and the single-article HTML report. Needs the `web` extra:
pip install 'sourcetrace[web]'.
"""

from __future__ import annotations

from .app import WebSettings, create_app, safe_url

__all__ = ["WebSettings", "create_app", "safe_url"]
