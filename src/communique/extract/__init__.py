"""Extractors: each reads a structured document and returns one kind of entity."""
