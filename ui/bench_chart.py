"""The benchmark chart: query latency and indexing throughput against corpus size."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def draw(results: dict[str, Any], path: Path) -> None:
    """Save a PNG with query p50/p95 and units/s for each synthetic corpus size."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(int(s) for s in results["scale"])
    scale = [results["scale"][str(s)] for s in sizes]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(sizes, [s["query"]["p50"] for s in scale], marker="o", label="query p50")
    left.plot(sizes, [s["query"]["p95"] for s in scale], marker="o", label="query p95")
    left.set_xscale("log")
    left.set_xlabel("units in the index")
    left.set_ylabel("ms")
    left.set_title("Chroma query latency")
    left.legend()
    right.plot(sizes, [s["units_per_s"] for s in scale], marker="o", color="tab:green")
    right.axhline(150, color="grey", linestyle="--", label="target 150 units/s")
    right.set_xscale("log")
    right.set_xlabel("units in the index")
    right.set_ylabel("units/s")
    right.set_title("Embedding + write throughput")
    right.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
