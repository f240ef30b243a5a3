"""Fictional demo caseloads for trials, screenshots and benchmarks. Never real people."""
