"""Engines that run the corpus pipeline somewhere else than in this machine's processes.

The local engine lives in `sourcetrace.corpus.ingest`; `ray_engine` runs the same analysis on Ray
(Ray Data) and hands its results over as Parquet shards (`sourcetrace.store.shards`).
"""
