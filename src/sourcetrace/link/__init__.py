"""Across articles: sources, copies, stories, claims and corroboration (issue 9).

    from sourcetrace.link import Linker
    linker = Linker("use")                 # or "e5", or "hashing" (no model)
    linker.add(docs)                       # analysis dicts plus id, outlet, date, text
    linker.story_rows(); linker.claim_rows(); linker.story_report(story_id)
"""

from .encoders import ENCODERS, get_encoder
from .linker import Linker

__all__ = ["ENCODERS", "Linker", "get_encoder"]
