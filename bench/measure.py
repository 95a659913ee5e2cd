#!/usr/bin/env python3
"""Runs commands repeatedly and prints median wall time and peak memory, side by side, with ratios.

usage: measure.py [--runs N] [--warmup N] NAME=COMMAND [NAME=COMMAND ...]
The LAST command is the reference (kubectl),
so each line reads "lamp is X times kubectl".
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 3):
        sys.exit(f"command failed ({code}): {shlex.join(argv)}\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024.0  # ru_maxrss is KiB on Linux


def measure(argv, runs, warmup):
    for _ in range(warmup):
        run_once(argv)
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak = run_once(argv)
        times.append(elapsed)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("commands", nargs="+", help="NAME=COMMAND; the last one is the reference")
    args = parser.parse_args()
    results = []
    for spec in args.commands:
        name, _, command = spec.partition("=")
        wall, peak = measure(shlex.split(command), args.runs, args.warmup)
        results.append((name, command, wall, peak))
    ref_name, _, ref_wall, ref_peak = results[-1]
    width = max(len(r[0]) for r in results)
    for name, command, wall, peak in results:
        line = f"  {name:<{width}}  {wall * 1000:9.1f} ms  {peak:8.1f} MiB"
        if name != ref_name:
            line += f"   time {wall / ref_wall:5.2f}x {ref_name}   memory {peak / ref_peak:5.2f}x {ref_name}"
        print(line)


if __name__ == "__main__":
    main()
