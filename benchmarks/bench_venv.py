"""Brings in the comparators' Python packages (duckdb, pandas) on demand, for the benchmarks only.

When a package is missing, a virtual environment is made under the bench directory
($SJT_BENCH_DIR, default /tmp/sjt-bench) with `python3 -m venv`, the packages are installed into it
with pip, and the script is run again with that environment's Python. Never used by the tests or CI.
"""
import importlib.util
import os
import subprocess
import sys

PACKAGES = ["duckdb", "pandas"]


def require(*modules: str) -> None:
    """Re-runs the calling script in the bench venv unless every module imports here."""
    if all(importlib.util.find_spec(m) is not None for m in modules):
        return
    bench = os.environ.get("SJT_BENCH_DIR", "/tmp/sjt-bench")
    venv = os.path.join(bench, "venv")
    python = os.path.join(venv, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(venv):
        sys.exit(f"{', '.join(modules)} missing from {venv} even after installing; remove it and try again")
    if not os.path.exists(python):
        os.makedirs(bench, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    missing = [p for p in PACKAGES if subprocess.run([python, "-c", f"import {p}"], capture_output=True).returncode != 0]
    if missing:
        print(f"installing {' '.join(missing)} into {venv}", file=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "-q", *missing], check=True)
    os.execv(python, [python, *sys.argv])


if __name__ == "__main__":
    # Run directly: make sure both are there, before anything is timed.
    require(*PACKAGES)
