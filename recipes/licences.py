"""Print the licences of sourcetrace's runtime dependencies, transitive ones included, from the
installed packages' metadata (pip's view of them).

    python recipes/licences.py [--markdown]

Walks `Requires-Dist` from the installed `sourcetrace` distribution, leaving out requirements
that only hold under an extra or a marker that is false here. The licence is the
`License-Expression` field, else the `License` field (first line), else the `License ::`
classifiers. Run it after changing dependencies and paste the Markdown table into the README.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata

from packaging.requirements import Requirement


def licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expr = meta.get("License-Expression")
    if expr:
        return str(expr)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = (meta.get("License") or "").strip().splitlines()
    if text and len(text[0]) <= 60 and text[0] not in ("UNKNOWN", ""):
        return text[0]
    return "; ".join(classifiers) or "not stated"


def runtime_closure(root: str = "sourcetrace") -> dict[str, tuple[str, str, list[str]]]:
    """name -> (version, licence, required by) for every runtime requirement reachable from root."""
    seen: dict[str, tuple[str, str, list[str]]] = {}
    todo = [(root, "")]
    while todo:
        name, parent = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            if parent and parent not in seen[key][2]:
                seen[key][2].append(parent)
            continue
        dist = metadata.distribution(name)
        seen[key] = (dist.version, licence(dist), [parent] if parent else [])
        for raw in dist.requires or []:
            req = Requirement(raw)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            todo.append((req.name, key))
    return seen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args()
    rows = sorted((k, v) for k, v in runtime_closure().items() if k != "sourcetrace")
    if args.markdown:
        print("| package | version | licence (package metadata) | needed by |")
        print("|---|---|---|---|")
        for name, (version, lic, parents) in rows:
            print(f"| {name} | {version} | {lic} | {', '.join(sorted(parents)) or '—'} |")
    else:
        for name, (version, lic, parents) in rows:
            print(f"{name:<22} {version:<12} {lic:<40} {', '.join(sorted(parents))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
