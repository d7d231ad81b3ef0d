"""Ranking metrics on one ranked list of ids, and latency percentiles."""

import math
from collections.abc import Collection, Sequence

import numpy as np

K = 10


def reciprocal_rank(ranked: Sequence[str], wanted: str | Collection[str], k: int = K) -> float:
    """1/rank of the one right answer in the top k (any of its ids), 0 when it is not there."""
    ids = {wanted} if isinstance(wanted, str) else set(wanted)
    return next((1 / (n + 1) for n, doc in enumerate(ranked[:k]) if doc in ids), 0.0)


def recall(ranked: Sequence[str], relevant: Collection[str], k: int = K) -> float:
    """The share of the relevant ids found in the top k."""
    return len(set(ranked[:k]) & set(relevant)) / len(relevant) if relevant else 0.0


def precision(ranked: Sequence[str], relevant: Collection[str], k: int = K) -> float:
    """Relevant ids in the top k over k (a short list still divides by k)."""
    return sum(1 for doc in ranked[:k] if doc in relevant) / k


def ndcg(ranked: Sequence[str], relevant: Collection[str], k: int = K) -> float:
    """Binary-gain nDCG@k: the found relevant ids, discounted by rank, over the ideal."""
    gain = sum(1 / math.log2(i + 2) for i, doc in enumerate(ranked[:k]) if doc in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return gain / ideal if ideal else 0.0


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean; 0 for no values."""
    return sum(values) / len(values) if values else 0.0


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which `share` (0–100) of the values lie, linearly interpolated."""
    if not values:
        return 0.0
    ordered = sorted(values)
    at = (len(ordered) - 1) * share / 100
    low, high = math.floor(at), math.ceil(at)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def latency_summary(ms: Sequence[float]) -> dict[str, float]:
    """p50, p95, p99 and mean of latencies in ms."""
    return {
        "p50": percentile(ms, 50),
        "p95": percentile(ms, 95),
        "p99": percentile(ms, 99),
        "mean": mean(ms),
    }


def mean_interval(
    values: Sequence[float], rounds: int = 2000, seed: int = 1
) -> tuple[float, float, float]:
    """The mean of per-query values and its 95 % bootstrap interval: the queries
    resampled with replacement `rounds` times."""
    values = np.asarray(values, float)
    if not values.size:
        return 0.0, 0.0, 0.0
    draws = np.random.default_rng(seed).integers(0, values.size, (rounds, values.size))
    means = values[draws].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(values.mean()), float(low), float(high)


def paired_bootstrap(
    ours: Sequence[float], theirs: Sequence[float], rounds: int = 2000, seed: int = 1
) -> tuple[float, float, float]:
    """The mean per-query difference ours − theirs and its 95 % bootstrap interval:
    the same queries resampled with replacement for both, `rounds` times."""
    return mean_interval(np.asarray(ours, float) - np.asarray(theirs, float), rounds, seed)
