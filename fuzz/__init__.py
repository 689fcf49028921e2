"""Fuzzing harnesses for communique's entry points (see ``fuzz/run.py``)."""
