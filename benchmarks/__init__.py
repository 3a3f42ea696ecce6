"""Benchmarks: each operation beside a raw baseline doing the same work, in the same run."""
