"""Resiliency Lab Desktop: offline boards, dot-voting and reports for Learning Communities."""

__version__ = "0.1.0"
