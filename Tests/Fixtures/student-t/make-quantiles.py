"""Writes quantiles.csv: Student's t quantiles for StudentTTests, computed independently of the
Swift code with mpmath at 110 significant digits. Not needed to run the tests; run it to
regenerate the table (python3 make-quantiles.py > quantiles.csv, about a minute).

Each quantile is found by bisection on mpmath's regularised incomplete beta:
P(T > t) = (1 - I_{t^2/(v+t^2)}(1/2, v/2)) / 2, at the probability as a double (the value the
test passes), 400 halvings, far below the 20 digits written.
"""
import random
import mpmath as mp

mp.mp.dps = 110


def upper(t, v):
    return (1 - mp.betainc(mp.mpf(1) / 2, v / 2, 0, t * t / (v + t * t), regularized=True)) / 2


def quantile(p, v):
    p, v = mp.mpf(p), mp.mpf(v)
    if p < 0.5:
        return -quantile(1 - p, v)
    lo, hi = mp.mpf(0), mp.mpf(10)
    while upper(hi, v) > 1 - p:
        hi *= 10
    for _ in range(400):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if upper(mid, v) > 1 - p else (lo, mid)
    return (lo + hi) / 2


random.seed(3)
print("probability,degrees,quantile")
for i in range(300):
    # Degrees of freedom: whole ones often used, and any real number from 1 to a million.
    v = 10 ** random.uniform(0, 6) if i % 3 else random.choice([1, 2, 3, 4, 5, 7, 11, 12, 20, 30, 50, 99, 500, 9999])
    # Probabilities anywhere, deep in either tail, and within 1e-15 of one half.
    k = random.random()
    if k < 0.3:
        p = random.random()
    elif k < 0.6:
        p = 10 ** -random.uniform(1, 30)
    elif k < 0.8:
        p = 1 - 10 ** -random.uniform(1, 15)
    else:
        p = 0.5 + random.choice([-1, 1]) * 10 ** -random.uniform(1, 15)
    print(f"{p!r},{v!r},{mp.nstr(quantile(p, v), 20)}")
