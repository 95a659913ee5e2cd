#!/usr/bin/env python3
"""Runs commands repeatedly and prints median wall time and peak memory, side by side, with ratios.

usage: measure.py [--runs N] [--warmup N] [--floor NAME] [--floor-of NAME=FLOOR ...] NAME=COMMAND [NAME=COMMAND ...]
The LAST command is the reference (kubectl),
so each line reads "lamp is X times kubectl". With --floor, lines also give the time against that command;
--floor-of gives one command a floor of its own (a variant that fetches less than the others).
The commands take turns, one run each per round, in alternating order: this machine's speed drifts by 10-30%
within minutes, and measuring one command's runs after another's put that drift into the ratios.
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


def measure(commands, runs, warmup):
    """Median wall time and peak memory of each command, the commands taking turns."""
    for _ in range(warmup):
        for argv in commands:
            run_once(argv)
    times = [[] for _ in commands]
    peaks = [[] for _ in commands]
    for round_index in range(runs):
        order = range(len(commands)) if round_index % 2 == 0 else reversed(range(len(commands)))
        for index in order:
            elapsed, peak = run_once(commands[index])
            times[index].append(elapsed)
            peaks[index].append(peak)
    return [(statistics.median(t), max(p)) for t, p in zip(times, peaks)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--floor", help="NAME of the command that is the floor (printed as a second ratio)")
    parser.add_argument("--floor-of", action="append", default=[], help="NAME=FLOOR: NAME's own floor")
    parser.add_argument("commands", nargs="+", help="NAME=COMMAND; the last one is the reference")
    args = parser.parse_args()
    specs = [spec.partition("=") for spec in args.commands]
    names = [name for name, _, _ in specs]
    floors = {name: args.floor for name in names}
    floors.update(pair.split("=", 1) for pair in args.floor_of)
    for name, floor in floors.items():
        if floor is not None and (floor not in names or name not in names):
            sys.exit(f"floor {floor} of {name}: no command of that name")
    measured = measure([shlex.split(command) for _, _, command in specs], args.runs, args.warmup)
    results = [(name, wall, peak) for name, (wall, peak) in zip(names, measured)]
    ref_name, ref_wall, ref_peak = results[-1]
    walls = {name: wall for name, wall, _ in results}
    is_floor = set(floors.values())
    width = max(len(r[0]) for r in results)
    for name, wall, peak in results:
        line = f"  {name:<{width}}  {wall * 1000:9.1f} ms  {peak:8.1f} MiB"
        if name != ref_name:
            line += f"   time {wall / ref_wall:5.2f}x {ref_name}   memory {peak / ref_peak:5.2f}x {ref_name}"
        floor = floors[name]
        if floor is not None and name not in is_floor and name != ref_name:
            line += f"   time {wall / walls[floor]:5.2f}x {floor}"
        print(line)


if __name__ == "__main__":
    main()
