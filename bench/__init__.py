"""Benchmarks: measured in the same run against a floor (ShellCheck on the same files)."""
