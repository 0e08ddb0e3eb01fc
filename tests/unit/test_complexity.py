"""judge/complexity.py: growth fitting and the SLOW decision, on synthetic measurements."""

from __future__ import annotations

import math
import random

import pytest

from judge.complexity import BAND, Point, band_of_slope, decide, fit, normalise

SIZES = [16 * 2**k for k in range(9)]  # 16 .. 4096
GROWTH = {
    "O(1)": lambda n: 1.0,
    "O(log n)": lambda n: math.log2(n),
    "O(n)": lambda n: n,
    "O(n log n)": lambda n: n * math.log2(n),
    "O(n^2)": lambda n: n * n,
    "O(n^3)": lambda n: n**3,
}


def points(kind: str, scale: float = 1e-7, noise: float = 0.0, seed: int = 1, sizes=SIZES) -> list[Point]:
    rng = random.Random(seed)
    return [Point(n, scale * GROWTH[kind](n) * (1 + rng.uniform(-noise, noise)) + 2e-7) for n in sizes]


@pytest.mark.parametrize("kind", list(GROWTH))
def test_fit_finds_the_band(kind):
    found = fit(points(kind, scale=1e-6))
    assert found.band == BAND[kind]


@pytest.mark.parametrize("worse, target", [("O(n^2)", "O(n)"), ("O(n)", "O(log n)"), ("O(n^3)", "O(n^2)"),
                                           ("O(n^2)", "O(n log n)"), ("O(n)", "O(1)")])
def test_a_whole_band_worse_is_slow(worse, target):
    decision = decide("time", target, points(worse, noise=0.2), points(target, noise=0.2, seed=2))
    assert decision.slow, decision.message
    assert "where the target is" in decision.message


@pytest.mark.parametrize("seed", range(20))
def test_noisy_optimal_is_never_slow(seed):
    decision = decide("time", "O(n)", points("O(n)", noise=0.5, seed=seed), points("O(n)", noise=0.5, seed=seed + 100))
    assert not decision.slow


def test_same_band_is_advice_not_failure():
    decision = decide("time", "O(n)", points("O(n log n)", scale=1e-6), points("O(n)", scale=1e-6))
    assert not decision.slow
    assert "O(n log n)" in decision.advice


def test_machine_effect_seen_by_both_is_not_slow():
    """Both curves bend upward the same way (e.g. cache misses): the ratio stays flat, so no SLOW."""
    bend = [Point(n, 1e-8 * n**1.7) for n in SIZES]
    decision = decide("time", "O(n)", bend, [Point(p.n, p.value / 3) for p in bend])
    assert decision.ratio_slope == pytest.approx(0, abs=1e-9)
    assert not decision.slow


def test_too_few_sizes_is_not_evidence():
    decision = decide("time", "O(n)", points("O(n^2)", sizes=[16, 32, 64]), points("O(n)", sizes=[16, 32, 64]))
    assert not decision.slow and "too few sizes" in decision.message


def test_a_censored_timeout_point_counts_as_growth():
    sub = points("O(n^2)", sizes=SIZES[:6]) + [Point(SIZES[6], 1.0, censored=True)]
    decision = decide("time", "O(n)", sub, points("O(n)", sizes=SIZES[:7]))
    assert decision.slow


def test_space_floor_keeps_constant_memory_flat():
    tiny = [Point(n, 200 + (n % 7) * 50) for n in SIZES]  # allocator noise below the floor
    decision = decide("space", "O(1)", tiny, tiny, floor=4096)
    assert not decision.slow and decision.submission.band == 0


@pytest.mark.parametrize("text, canonical", [("O(n)", "O(n)"), ("O(N * log(n))", "O(n log n)"),
                                             ("O(n^2)", "O(n^2)"), ("O(log n)", "O(log n)"), ("O(2^n)", "O(2^n)")])
def test_normalise(text, canonical):
    assert normalise(text) == canonical


def test_normalise_rejects_unknown_classes():
    with pytest.raises(ValueError, match="is not one of"):
        normalise("O(n!)")


@pytest.mark.parametrize("slope, band", [(0.1, 0), (0.49, 0), (1.0, 1), (1.3, 1), (2.0, 2), (3.1, 3), (5.0, 4)])
def test_band_of_slope(slope, band):
    assert band_of_slope(slope) == band
