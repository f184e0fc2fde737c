"""Small metric helpers: P/R/F1 rows and a Hungarian assignment (no SciPy needed)."""

from __future__ import annotations

from collections.abc import Sequence


def prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def pr_f1(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def token_f1(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    if not inter:
        return 0.0
    p, r = inter / len(a), inter / len(b)
    return 2 * p * r / (p + r)


def hungarian_max(score: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one assignment of rows to columns (Kuhn–Munkres, O(n^3)).
    Pairs with zero score are dropped from the result."""
    n_rows = len(score)
    n_cols = len(score[0]) if n_rows else 0
    if not n_rows or not n_cols:
        return []
    n = max(n_rows, n_cols)
    big = max((v for row in score for v in row), default=0.0)
    cost = [[(big - score[i][j]) if i < n_rows and j < n_cols else big for j in range(n)] for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    out = []
    for j in range(1, n + 1):
        i = p[j]
        if i and i <= n_rows and j <= n_cols and score[i - 1][j - 1] > 0:
            out.append((i - 1, j - 1))
    return out
