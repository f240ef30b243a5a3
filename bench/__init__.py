"""Benchmarks. Each ``bench_<area>.py`` module has ``main(argv)`` and writes its figures to
``bench/results/<area>.json`` and ``bench/results/<area>.md`` (median of several runs, data size,
machine)."""
