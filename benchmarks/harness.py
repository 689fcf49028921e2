"""What the benchmark scripts share: where the shared data is, CPU timing, the scorer."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def cpu_seconds(job: Callable[[], object]) -> float:
    """CPU time of this process for one run (other tenants' load does not count)."""
    start = time.process_time()
    job()
    return time.process_time() - start


def interleaved(repeat: int, jobs: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    """Run the jobs in turn, ``repeat`` rounds after a warm-up, so noise hits all alike."""
    for job in jobs.values():
        job()
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(repeat):
        for name, job in jobs.items():
            times[name].append(cpu_seconds(job))
    return times


def load_score() -> ModuleType | None:
    """The shared scorer (../shared/tools/score.py), or None where it is not present."""
    path = SHARED / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path) if path.exists() else None
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
