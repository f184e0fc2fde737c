"""Across articles: sources, copies, stories, claims and corroboration (issue 9).

    from sourcetrace.link import Linker
    linker = Linker("use")                 # or "e5", or "hashing" (no model)
    linker.add(docs)                       # analysis dicts plus id, outlet, date, text
    linker.story_rows(); linker.claim_rows(); linker.story_report(story_id)

Vectors computed elsewhere (e.g. on Ray workers) go in without encoding again:

    vecs = encode_documents(get_encoder("use"), docs)        # one array per document
    linker = Linker(PrecomputedEncoder("use", 512))          # USE's thresholds, no model loaded
    linker.add(docs, vectors=vecs)
"""

from .encoders import ENCODERS, Encoder, PrecomputedEncoder, encode_documents, get_encoder
from .linker import Linker, document_texts

__all__ = ["ENCODERS", "Encoder", "Linker", "PrecomputedEncoder", "document_texts", "encode_documents", "get_encoder"]
