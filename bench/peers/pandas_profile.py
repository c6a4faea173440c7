#!/usr/bin/env python3
"""Peer: pandas profiling the CSV as a data person would, the way performance.md measured it:
read_csv(sep=';') with pandas' defaults (its NA strings, its type inference), then per column
isna().sum() and nunique(), describe(include='all') and the exact duplicated().sum().
Prints one JSON line with the counts and the time of each step.

    /usr/bin/python3 bench/peers/pandas_profile.py <file.csv>
"""
import json
import sys
import time
import warnings

started = time.perf_counter()
import pandas as pd  # noqa: E402  (timed on purpose: the import is part of what a user waits for)

import_s = time.perf_counter() - started


def main() -> None:
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python3 bench/peers/pandas_profile.py <file.csv>\n")
        sys.exit(2)
    # mixed-type columns make read_csv warn (DtypeWarning); the warning is expected here
    warnings.simplefilter("ignore")

    t = time.perf_counter()
    frame = pd.read_csv(sys.argv[1], sep=";")
    read_s = time.perf_counter() - t

    t = time.perf_counter()
    nulls = frame.isna().sum()
    distinct = frame.nunique()
    frame.describe(include="all")
    duplicates = int(frame.duplicated().sum())
    profile_s = time.perf_counter() - t

    print(json.dumps({
        "tool": "pandas",
        "version": pd.__version__,
        "rows": int(len(frame)),
        "exactDuplicateRows": duplicates,
        "nullCount": {name: int(n) for name, n in nulls.items()},
        "distinctCount": {name: int(n) for name, n in distinct.items()},
        "dtypes": {name: str(t) for name, t in frame.dtypes.items()},
        "importSeconds": round(import_s, 3),
        "readSeconds": round(read_s, 3),
        "profileSeconds": round(profile_s, 3),
    }))


main()
