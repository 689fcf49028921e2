"""Loaders of ``resources/common/``: data of no one language, one module per file."""
