"""Growth fitting and the complexity verdict: pure functions over measured points.

The decision uses two signals that fail in different ways. The log-log slope of the submission's
time over the largest sizes says which polynomial band it is in; the slope of its ratio to the
reference at the same sizes cancels most machine effects (caches, a busy neighbour), because both
were timed side by side. SLOW needs both: a band above the target *and* a ratio that clearly grows.
The finer call inside a band (1 vs log n, n vs n log n) is only ever advice.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

# (name, log of the growth function) for the classes we fit and report
CLASSES: tuple[tuple[str, object], ...] = (
    ("O(1)", lambda n: 0.0),
    ("O(log n)", lambda n: math.log(math.log2(n) + 1)),
    ("O(n)", lambda n: math.log(n)),
    ("O(n log n)", lambda n: math.log(n) + math.log(math.log2(n) + 1)),
    ("O(n^2)", lambda n: 2 * math.log(n)),
    ("O(n^3)", lambda n: 3 * math.log(n)),
    ("O(2^n)", lambda n: n * math.log(2)),
)
BAND = {"O(1)": 0, "O(log n)": 0, "O(n)": 1, "O(n log n)": 1, "O(n^2)": 2, "O(n^3)": 3, "O(2^n)": 4}
BAND_NAMES = {0: "O(1) or O(log n)", 1: "O(n) or O(n log n)", 2: "O(n^2)", 3: "O(n^3)", 4: "exponential"}
RATIO_SLOPE_SLOW = 0.35  # the submission must pull away from the reference by ~n^0.35 or more
MIN_SPAN = 8  # largest / smallest size fitted: less is not evidence
SPACE_FLOOR = 4096  # bytes: less extra memory than this counts as constant
TOP_POINTS = 5  # the fit uses the largest sizes, where constant overheads matter least


def normalise(text: str) -> str:
    """``O(N*log(n))`` -> ``O(n log n)``: the canonical spelling of a class, ValueError if unknown."""
    compact = re.sub(r"\s+|\*|·", "", text.lower()).replace("log(n)", "logn").replace("n²", "n^2")
    aliases = {"o(1)": "O(1)", "o(logn)": "O(log n)", "o(n)": "O(n)", "o(nlogn)": "O(n log n)",
               "o(n^2)": "O(n^2)", "o(n^3)": "O(n^3)", "o(2^n)": "O(2^n)"}
    if compact not in aliases:
        raise ValueError(f"{text!r} is not one of {', '.join(BAND)}")
    return aliases[compact]


@dataclass(frozen=True)
class Point:
    n: int
    value: float  # seconds per call, or bytes
    censored: bool = False  # the call hit its timeout: the true value is at least this


@dataclass(frozen=True)
class Fit:
    slope: float  # log-log slope over the largest sizes
    best_class: str  # the class whose shape fits best
    band: int


@dataclass(frozen=True)
class Decision:
    """What the complexity check concluded for time or for space."""

    kind: str  # "time" or "space"
    target: str
    slow: bool
    submission: Fit | None
    reference: Fit | None
    ratio_slope: float | None
    message: str
    advice: str = ""
    points: tuple[tuple[int, float, float], ...] = field(default=())  # (n, submission, reference)


def weighted_slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope with weights growing with x (large sizes matter most)."""
    weights = [i + 1.0 for i in range(len(xs))]
    total = sum(weights)
    mx = sum(w * x for w, x in zip(weights, xs)) / total
    my = sum(w * y for w, y in zip(weights, ys)) / total
    var = sum(w * (x - mx) ** 2 for w, x in zip(weights, xs))
    return sum(w * (x - mx) * (y - my) for w, x, y in zip(weights, xs, ys)) / var if var else 0.0


def band_of_slope(slope: float) -> int:
    if slope < 0.5:
        return 0
    if slope < 1.5:
        return 1
    if slope < 2.5:
        return 2
    if slope < 3.5:
        return 3
    return 4


def fit(points: list[Point], floor: float = 1e-9) -> Fit | None:
    """The growth of ``points`` (sorted by n) over the largest sizes; None with fewer than 3."""
    top = points[-TOP_POINTS:]
    if len(top) < 3:
        return None
    xs = [math.log(p.n) for p in top]
    ys = [math.log(max(p.value, floor)) for p in top]
    slope = weighted_slope(xs, ys)
    best = min(CLASSES, key=lambda c: _shape_error(top, c[1], floor))[0]
    band = max(band_of_slope(slope), BAND[best] if BAND[best] == 4 else 0)
    return Fit(slope, best, band)


def _shape_error(points: list[Point], log_growth, floor: float) -> float:
    """How far value / growth(n) is from constant (in logs, weighted to large n)."""
    residuals = [math.log(max(p.value, floor)) - log_growth(p.n) for p in points]
    weights = [i + 1.0 for i in range(len(points))]
    mean = sum(w * r for w, r in zip(weights, residuals)) / sum(weights)
    return sum(w * (r - mean) ** 2 for w, r in zip(weights, residuals))


def decide(kind: str, target: str, submission: list[Point], reference: list[Point], floor: float = 1e-9) -> Decision:
    """SLOW when the submission's band is above the target's and it clearly outgrows the reference."""
    target = normalise(target)
    rows = tuple((s.n, s.value, r.value) for s, r in zip(submission, reference))
    sub_fit, ref_fit = fit(submission, floor), fit(reference, floor)
    if sub_fit is None or submission[-1].n / submission[max(0, len(submission) - TOP_POINTS)].n < MIN_SPAN:
        return Decision(kind, target, False, sub_fit, ref_fit, None,
                        f"{kind}: too few sizes were measured to judge the growth", points=rows)
    common = [(s, r) for s, r in zip(submission, reference)][-TOP_POINTS:]
    ratio_slope = weighted_slope([math.log(s.n) for s, _ in common],
                                 [math.log(max(s.value, floor) / max(r.value, floor)) for s, r in common])
    slow = sub_fit.band > BAND[target] and ratio_slope >= RATIO_SLOPE_SLOW
    what = "time" if kind == "time" else "extra memory"
    if slow:
        message = (f"{what} grows like {BAND_NAMES[sub_fit.band]} (slope {sub_fit.slope:.2f}) where the target is "
                   f"{target}; the reference's grows with slope {ref_fit.slope:.2f}" if ref_fit else "")
    else:
        message = f"{what} grows like {BAND_NAMES[sub_fit.band]} (slope {sub_fit.slope:.2f}), within the target {target}"
    advice = ""
    if not slow and sub_fit.band == BAND[target] and sub_fit.best_class != target and ratio_slope >= 0.1:
        advice = f"{what} looks like {sub_fit.best_class} where {target} is possible"
    return Decision(kind, target, slow, sub_fit, ref_fit, ratio_slope, message, advice, rows)
